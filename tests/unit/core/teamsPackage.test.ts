import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildTeamsAppPackage, TEAMS_DIR } from '../../../scripts/build-teams-app-package';

describe('Teams app package (teams/TeamsSPFxApp.zip)', () => {
  it('holds manifest.json and its two icons at the top level, no folder, byte for byte', async () => {
    const zip = await JSZip.loadAsync(await buildTeamsAppPackage());
    const names = Object.keys(zip.files).sort();
    const manifest = JSON.parse(readFileSync(join(TEAMS_DIR, 'manifest.json'), 'utf8'));
    expect(names).toEqual([manifest.icons.color, manifest.icons.outline, 'manifest.json'].sort());
    expect(names.every((n) => !n.includes('/'))).toBe(true);
    for (const name of names) expect(Buffer.compare(await zip.file(name)!.async('nodebuffer'), readFileSync(join(TEAMS_DIR, name)))).toBe(0);
  });

  it('is the same zip every time (fixed timestamps)', async () => {
    expect(Buffer.compare(await buildTeamsAppPackage(), await buildTeamsAppPackage())).toBe(0);
  });
});
