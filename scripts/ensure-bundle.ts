/**
 * `npm start` runs the shipped bundle, so it needs `gulp bundle --ship` output in dist/. This rebuilds it
 * only when it is missing or older than a source file, so restarting the workbench stays fast.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleMtime(): number | undefined {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) return undefined;
  const manifest = readdirSync(dist).find((f) => f.endsWith('.manifest.json'));
  return manifest ? statSync(join(dist, manifest)).mtimeMs : undefined;
}

const built = bundleMtime();
const sources = Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'config')));
if (built !== undefined && built >= sources && !process.argv.includes('--force')) {
  console.log('Bundle is up to date (dist/).');
} else {
  console.log('Building the shipped bundle (gulp bundle --ship) …');
  // gulp never deletes old hashed bundles; start clean so dist/ holds exactly what ships.
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  execFileSync(join(root, 'node_modules', '.bin', 'gulp'), ['bundle', '--ship'], { cwd: root, stdio: 'inherit' });
}
