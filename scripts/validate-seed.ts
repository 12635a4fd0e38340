/**
 * Prints every problem in the starter model documents (sharepoint/seed/*.json): `npx tsx scripts/validate-seed.ts`.
 * The same checks run as jest tests (tests/unit/core/seed/starterModel.test.ts); this is the quick way while editing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { documentToLists } from '../src/core/mapping/documentToLists';
import { assembleModel } from '../src/core/mapping/assembleModel';
import { describeIssue } from '../src/core/mapping/ItemIssue';
import type { ModelDocument } from '../src/core/model/ModelDocument';

const dir = join(__dirname, '..', 'sharepoint', 'seed');
let problems = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ModelDocument;
  const { lists, issues: writeIssues } = documentToLists(doc);
  const { model, issues } = assembleModel(lists);
  const all = [...writeIssues, ...issues];
  problems += all.length;
  console.log(`${file}: ${model.services.length} services, ${model.routines.length} routines, ${model.tools.length} tools, ` +
    `${model.arenas.length} arenas, ${model.contacts.length} contacts, ${model.actionPlan.length} action-plan rows, ` +
    `${model.annualWheel.length} annual-wheel activities, ${all.length} problems`);
  for (const issue of all) console.log(`  ${issue.severity}: ${describeIssue(issue)}`);
}
process.exitCode = problems > 0 ? 1 : 0;
