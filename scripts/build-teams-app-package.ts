/**
 * Builds teams/TeamsSPFxApp.zip, our own Teams app package (manifest.json and its two icons at the top level
 * of the zip, no folder), before `gulp package-solution` so the .sppkg carries it. SPFx's packager copies every
 * file of the project's teams/ folder into the package's ClientSideAssets, and "Sync to Teams" deploys a
 * TeamsSPFxApp.zip it finds in the .sppkg instead of generating a manifest ("Deployment options for SharePoint
 * Framework solutions for Microsoft Teams", https://learn.microsoft.com/sharepoint/dev/spfx/deployment-spfx-teams-solutions).
 * Run by `npm run package`; the zip is git-ignored.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

export const TEAMS_DIR = join(__dirname, '..', 'teams');
export const TEAMS_PACKAGE = join(TEAMS_DIR, 'TeamsSPFxApp.zip');

/** A fixed timestamp, so the same sources give the same zip. */
const FIXED_DATE = new Date('2020-01-01T00:00:00Z');

/** The files of the Teams app package: the manifest and the icons it names. */
export function teamsPackageFiles(teamsDir = TEAMS_DIR): string[] {
  const manifest = JSON.parse(readFileSync(join(teamsDir, 'manifest.json'), 'utf8')) as { icons?: { color?: string; outline?: string } };
  const icons = [manifest.icons?.color, manifest.icons?.outline];
  if (icons.some((icon) => !icon || icon.includes('/') || !existsSync(join(teamsDir, icon)))) {
    throw new Error(`teams/manifest.json must name two icons that exist beside it (found ${JSON.stringify(manifest.icons)})`);
  }
  return ['manifest.json', ...(icons as string[])];
}

export async function buildTeamsAppPackage(teamsDir = TEAMS_DIR): Promise<Buffer> {
  const zip = new JSZip();
  for (const name of teamsPackageFiles(teamsDir)) zip.file(name, readFileSync(join(teamsDir, name)), { date: FIXED_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}

if (require.main === module) {
  buildTeamsAppPackage().then(
    (zip) => {
      writeFileSync(TEAMS_PACKAGE, zip);
      console.log(`teams/TeamsSPFxApp.zip: ${teamsPackageFiles().join(', ')} (${zip.length} bytes)`);
    },
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    }
  );
}
