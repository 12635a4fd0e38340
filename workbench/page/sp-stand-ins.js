/*
 * Stand-ins for the SharePoint Framework runtime modules the shipped bundle imports. Only what the
 * bundle uses is here; the web part is driven through the same lifecycle SharePoint drives it through:
 * context and properties set, onInit() awaited, render(), onDispose().
 */
/* global define */
define('@microsoft/sp-core-library', [], function () {
  function Version(text) {
    this.text = text;
  }
  Version.parse = function (text) {
    return new Version(text);
  };
  Version.prototype.toString = function () {
    return this.text;
  };
  return { Version: Version, Environment: { type: 1 }, EnvironmentType: { Local: 1, SharePoint: 3 } };
});

define('@microsoft/sp-webpart-base', [], function () {
  class BaseClientSideWebPart {
    constructor() {
      this.properties = {};
      this.context = undefined;
      this.domElement = undefined;
    }
    onInit() {
      return Promise.resolve();
    }
    onDispose() {}
    render() {}
    get dataVersion() {
      return undefined;
    }
  }
  return { BaseClientSideWebPart: BaseClientSideWebPart };
});

/*
 * @microsoft/sp-property-pane: the field factories return the descriptors SharePoint's pane renders
 * ({ type, targetProperty, properties }, PropertyPaneFieldType.TextField = 3). The workbench has no pane UI;
 * window.tryggeBarnWorkbench.validateProperty runs a field's onGetErrorMessage as the pane would.
 */
define('@microsoft/sp-property-pane', [], function () {
  var PropertyPaneFieldType = { Custom: 1, CheckBox: 2, TextField: 3, Toggle: 5, Dropdown: 6, Label: 7, Slider: 8, Heading: 9, ChoiceGroup: 10, Button: 11, HorizontalRule: 12, Link: 13 };
  function field(type) {
    return function (targetProperty, properties) {
      return { type: type, targetProperty: targetProperty, properties: properties || {} };
    };
  }
  return {
    PropertyPaneFieldType: PropertyPaneFieldType,
    PropertyPaneTextField: field(PropertyPaneFieldType.TextField),
    PropertyPaneToggle: field(PropertyPaneFieldType.Toggle),
    PropertyPaneDropdown: field(PropertyPaneFieldType.Dropdown),
    PropertyPaneCheckbox: field(PropertyPaneFieldType.CheckBox)
  };
});
