/**
 * Writes the site scripts (nb and nn) generated from the list schemas to sharepoint/provisioning/:
 * `npm run provisioning:site-script`. A test fails if the committed files differ from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteScript } from '../src/core/provisioning/siteScript';

for (const locale of ['nb', 'nn'] as const) {
  const file = join(__dirname, '..', 'sharepoint', 'provisioning', `trygge-barn.sitescript.${locale}.json`);
  writeFileSync(file, `${JSON.stringify(buildSiteScript(locale), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
