import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What one package (or one project file) adds to a chunk, in webpack's bytes before minification. */
export interface ModuleShare {
  source: string;
  bytes: number;
}

interface ChunkModules {
  files: string[];
  modules: { name: string; size: number }[];
}

/** A module's package (`luxon`, `@fluentui/react-button`), or the project file itself (`lib/ui/model/OverviewView.js`). */
export function groupOf(name: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(name);
  if (inPackage) return inPackage[1];
  return name.replace(/^\.\//, '').replace(/ \+ \d+ modules$/, '');
}

/**
 * The largest contributors to the bundle file `file`, largest first, grouped by package, from the module list the
 * ship build writes to temp/stats/bundle-modules.json (gulpfile.js). Undefined when the build wrote none.
 */
export function bundleModules(file: string, root = join(__dirname, '..', '..')): ModuleShare[] | undefined {
  const statsFile = join(root, 'temp', 'stats', 'bundle-modules.json');
  if (!existsSync(statsFile)) return undefined;
  const { chunks } = JSON.parse(readFileSync(statsFile, 'utf8')) as { chunks: ChunkModules[] };
  const chunk = chunks.find((c) => c.files.includes(file));
  if (!chunk) return undefined;
  const shares = new Map<string, number>();
  for (const m of chunk.modules) shares.set(groupOf(m.name), (shares.get(groupOf(m.name)) ?? 0) + m.size);
  return [...shares].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes);
}
