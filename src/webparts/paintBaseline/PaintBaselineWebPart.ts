import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { BaselineRoutineLinks } from './BaselineRoutineLinks';

/**
 * A bench instrument, not a product part: `npm run bench` times the product's first routine link against this web
 * part's, built by the same `gulp bundle --ship` and loaded on the same workbench page (`?webpart=PaintBaselineWebPart`).
 * Hidden from the toolbox, and taken out of release/ before `gulp package-solution` (scripts/strip-bench-parts.ts),
 * so it never reaches a customer's app catalog.
 */
export default class PaintBaselineWebPart extends BaseClientSideWebPart<Record<string, never>> {
  public override render(): void {
    ReactDom.render(React.createElement(BaselineRoutineLinks), this.domElement);
  }

  protected override onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected override get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
