/**
 * `npm run privacy:check -- --file F` — runs the privacy guard the forms use (checkPersonalData, with the
 * model's allow-list) on every non-empty line of F and prints one JSON object per line:
 *   {"personal": true, "findings": [{"kind": "name", "reason": "nameWithClass", "text": "Sondre i 2C", …}]}
 * Options: --text "…" checks one text; --model path/to/model.json uses that model document as the allow-list
 * (default: the starter model, nb and nn); --no-model checks without one. Without --file or --text, stdin.
 */
import { readFileSync } from 'node:fs';
import { checkPersonalData, explainFinding } from '../src/core/privacy';
import { readLines, starterModelAllowWords } from '../tests/fixtures/privacy/corpus';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const file = option('--file');
  const text = option('--text');
  const model = option('--model');
  const allowWords = process.argv.includes('--no-model') ? [] : starterModelAllowWords(model ? [model] : undefined);
  const lines = text !== undefined ? [text] : file ? readLines(file) : readFileSync(0, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  for (const line of lines) {
    const check = checkPersonalData(line, { allowWords });
    const findings = check.findings.map((f) => ({ kind: f.kind, reason: f.reason, text: f.text, start: f.start, end: f.end, explanation: explainFinding(f) }));
    process.stdout.write(`${JSON.stringify({ personal: check.personal, findings })}\n`);
  }
}

main();
