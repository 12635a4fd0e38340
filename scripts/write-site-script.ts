/**
 * Writes the site scripts (nb and nn) generated from the list schemas to sharepoint/provisioning/:
 * `npm run provisioning:site-script`. A test fails if the committed files differ from what this writes.
 *
 * - `trygge-barn.sitescript.<locale>.json`: the whole script, for a site design applied with
 *   Add-SPOSiteDesignTask or from the UI (≤ 300 actions, ≤ 100,000 characters).
 * - `trygge-barn.sitescript.<locale>.partN.json`: the same script cut into parts of ≤ 30 actions and
 *   subactions, for synchronous runs (Invoke-SPOSiteDesign, Invoke-PnPSiteScript / ExecuteTemplateScript),
 *   to apply in order N = 1, 2, … (lists other lists look up come first).
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteScript, splitSiteScript } from '../src/core/provisioning/siteScript';

const dir = join(__dirname, '..', 'sharepoint', 'provisioning');
for (const old of readdirSync(dir).filter((f) => /^trygge-barn\.sitescript\.\w+\.part\d+\.json$/.test(f))) rmSync(join(dir, old));
for (const locale of ['nb', 'nn'] as const) {
  const whole = buildSiteScript(locale);
  const write = (name: string, content: unknown): void => {
    const file = join(dir, name);
    writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
    console.log(`wrote ${file}`);
  };
  write(`trygge-barn.sitescript.${locale}.json`, whole);
  splitSiteScript(whole).forEach((part, i) => write(`trygge-barn.sitescript.${locale}.part${i + 1}.json`, part));
}
