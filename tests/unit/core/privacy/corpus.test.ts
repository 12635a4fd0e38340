import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { scorePrivacy } from '../../../../scripts/bench/benchPrivacy';
import { corpus, starterModelAllowWords } from '../../../fixtures/privacy/corpus';

const ROOT = join(__dirname, '..', '..', '..', '..');

describe('the privacy corpus (tests/fixtures/privacy)', () => {
  it('has at least 200 identifying and 200 ordinary lines', () => {
    const { personal, ordinary } = corpus();
    expect(personal.length).toBeGreaterThanOrEqual(200);
    expect(ordinary.length).toBeGreaterThanOrEqual(200);
  });

  it('is caught with recall ≥ 97 % and false positives ≤ 3 % with the starter model as allow-list', () => {
    const score = scorePrivacy(starterModelAllowWords());
    expect(score.missed).toEqual(score.missed.slice(0, Math.floor(score.personal * 0.03)));
    expect(score.recall).toBeGreaterThanOrEqual(0.97);
    expect(score.falsePositiveRate).toBeLessThanOrEqual(0.03);
  });

  it('privacy:check prints one JSON object per line, from the same function as the forms', () => {
    const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'privacy-check.ts'), '--text', 'sondre i 2c gruer seg til å gå hjem'], { encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { personal: boolean; findings: Array<{ reason: string; text: string }> });
    expect(lines).toHaveLength(1);
    expect(lines[0].personal).toBe(true);
    expect(lines[0].findings[0]).toMatchObject({ reason: 'nameWithClass', text: 'sondre i 2c' });
  });

  it('has a name list that is exactly what the name packages give (never edited by hand)', () => {
    expect(() => execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'tests', 'fixtures', 'privacy', 'generateNameData.ts'), '--check'], { encoding: 'utf8' })).not.toThrow();
  });
});
