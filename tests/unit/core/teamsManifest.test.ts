import { AppManifestUtils } from '@microsoft/app-manifest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'teams', 'manifest.json'), 'utf8'));
const webPart = JSON.parse(
  readFileSync(join(root, 'src', 'webparts', 'tryggeBarn', 'TryggeBarnWebPart.manifest.json'), 'utf8')
);

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('Teams app manifest', () => {
  it("validates offline against Microsoft's published schema for its version", async () => {
    const schemaFile = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
    expect(errors).toEqual([]);
  });

  it('is refused by the schema when a required property is missing, so the check can fail', async () => {
    const schemaFile = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const broken = { ...manifest };
    delete broken.developer;
    expect((await AppManifestUtils.validateAgainstSchema(broken, schema)).length).toBeGreaterThan(0);
  });

  it('opens the SPFx web part (same component id) as personal app and channel tab', () => {
    expect(manifest.id).toBe(webPart.id);
    expect(manifest.staticTabs[0].contentUrl).toContain(`componentId=${webPart.id}`);
    expect(manifest.configurableTabs[0].configurationUrl).toContain(`componentId=${webPart.id}`);
    expect(webPart.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp']));
  });

  it('ships icons in the sizes Teams requires: color 192×192, outline 32×32', () => {
    expect(pngSize(join(root, 'teams', manifest.icons.color))).toEqual({ width: 192, height: 192 });
    expect(pngSize(join(root, 'teams', manifest.icons.outline))).toEqual({ width: 32, height: 32 });
    expect(statSync(join(root, 'teams', manifest.icons.outline)).size).toBeGreaterThan(0);
  });
});
