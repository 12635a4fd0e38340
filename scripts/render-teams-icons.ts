/**
 * Renders the Teams icons from their SVG sources (teams/icon-*.svg) with Chromium: the 192×192 colour icon
 * and the 32×32 white-on-transparent outline icon Teams requires. `npx tsx scripts/render-teams-icons.ts`
 * after changing an SVG; the PNGs are committed because the .sppkg and the Teams package ship them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const TEAMS = join(__dirname, '..', 'teams');
const COMPONENT_ID = 'ed068436-df19-4b47-a0ee-3adc55720c72';

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const [source, size, target] of [
    ['icon-color.svg', 192, `${COMPONENT_ID}_color.png`],
    ['icon-outline.svg', 32, `${COMPONENT_ID}_outline.png`]
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(join(TEAMS, source), 'utf8');
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: join(TEAMS, target), omitBackground: true });
    await page.close();
    console.log(`wrote teams/${target} (${size}×${size})`);
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
