import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASELINE_ROUTINES } from '../../../src/webparts/paintBaseline/baselineRoutines';
import { stripBenchParts } from '../../../scripts/strip-bench-parts';
import { measureBundles } from '../../../scripts/bench/benchBundle';
import { findShippedManifest } from '../../../workbench/server/mountPage';

const root = join(__dirname, '..', '..', '..');
const baselineManifest = JSON.parse(readFileSync(join(root, 'src/webparts/paintBaseline/PaintBaselineWebPart.manifest.json'), 'utf8'));
const productManifest = JSON.parse(readFileSync(join(root, 'src/webparts/tryggeBarn/TryggeBarnWebPart.manifest.json'), 'utf8'));

/** A dist/ or release/ as `gulp bundle --ship` writes it for the two components of config/config.json. */
function fakeBuild(): { dist: string; release: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tb-build-'));
  const dist = join(dir, 'dist');
  const release = join(dir, 'release');
  for (const d of [dist, join(release, 'manifests'), join(release, 'assets')]) mkdirSync(d, { recursive: true });
  const parts = [
    { manifest: productManifest, bundle: 'trygge-barn-web-part', bytes: 'x'.repeat(5000) },
    { manifest: baselineManifest, bundle: 'paint-baseline-web-part', bytes: 'y'.repeat(50) }
  ];
  for (const { manifest, bundle, bytes } of parts) {
    const file = `${bundle}_0123456789abcdef.js`;
    const built = { ...manifest, loaderConfig: { entryModuleId: bundle, scriptResources: { [bundle]: { type: 'path', path: file } } } };
    for (const d of [dist, join(release, 'manifests')]) writeFileSync(join(d, `${manifest.id}.manifest.json`), JSON.stringify(built));
    for (const d of [dist, join(release, 'assets')]) writeFileSync(join(d, file), bytes);
  }
  writeFileSync(join(release, 'assets', 'chunk.admin_0123.js'), 'z');
  return { dist, release };
}

describe('the paint baseline web part (bench only)', () => {
  it('renders the starter model\'s routines, in its order', () => {
    const starter = JSON.parse(readFileSync(join(root, 'sharepoint/seed/starter-model.nb.json'), 'utf8')) as { routines: Array<{ key: string; title: string }> };
    expect(BASELINE_ROUTINES).toEqual(starter.routines.map((r) => ({ key: r.key, title: r.title })));
    expect(BASELINE_ROUTINES).toHaveLength(35);
  });

  it('is hidden from the toolbox and a component of its own bundle', () => {
    expect(baselineManifest.hiddenFromToolbox).toBe(true);
    const config = JSON.parse(readFileSync(join(root, 'config/config.json'), 'utf8'));
    expect(config.bundles['paint-baseline-web-part'].components.map((c: { manifest: string }) => c.manifest)).toEqual([
      './src/webparts/paintBaseline/PaintBaselineWebPart.manifest.json'
    ]);
  });

  it('is taken out of release/ before packaging, and nothing of the product is', () => {
    const { release } = fakeBuild();
    const removed = stripBenchParts(release);
    expect(removed.sort()).toEqual([`assets/paint-baseline-web-part_0123456789abcdef.js`, `manifests/${baselineManifest.id}.manifest.json`]);
    expect(readdirSync(join(release, 'manifests'))).toEqual([`${productManifest.id}.manifest.json`]);
    expect(readdirSync(join(release, 'assets')).sort()).toEqual(['chunk.admin_0123.js', 'trygge-barn-web-part_0123456789abcdef.js']);
  });

  it('is not judged by the bundle budget, and the workbench loads the product unless asked for it', () => {
    const { dist } = fakeBuild();
    const bundles = measureBundles(dist);
    expect(bundles.filter((b) => b.entry).map((b) => b.file)).toEqual(['trygge-barn-web-part_0123456789abcdef.js']);
    expect(bundles.some((b) => b.file.startsWith('paint-baseline-web-part_'))).toBe(false);
    expect(findShippedManifest(dist)).toBe(join(dist, `${productManifest.id}.manifest.json`));
    expect(findShippedManifest(dist, 'PaintBaselineWebPart')).toBe(join(dist, `${baselineManifest.id}.manifest.json`));
    expect(findShippedManifest(dist, 'NoSuchWebPart')).toBeUndefined();
  });
});
