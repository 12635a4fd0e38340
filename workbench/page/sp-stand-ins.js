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
