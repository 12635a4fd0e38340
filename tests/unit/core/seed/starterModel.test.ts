import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleModel } from '../../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../../src/core/mapping/documentToLists';
import { MODEL_DOCUMENT_FORMAT, type ModelDocument } from '../../../../src/core/model/ModelDocument';
import { PLACEHOLDER_PHONE } from '../../../../src/core/model/Contact';
import { SCHEMA_VERSION } from '../../../../src/core/schema/lists';

function load(locale: 'nb' | 'nn'): ModelDocument {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8'));
}

/**
 * Real people named in the municipalities' source documents (full names and surnames, lower-case), kept as
 * SHA-256 hashes so this repository never holds the names themselves. Demo data must contain none of them.
 */
const REAL_NAME_HASHES = new Set([
  'cf4bf9dce7706defc9a2b7f5ba478461fd5dde32f956f7c54adfd49d596d02a9',
  'ddd9cfdbdfdab27219aa00b854f1afba58ab1eb056fb1da500ed05a8af68cb0c',
  '433bce4e166790a44c0f7f740ce6d9f267b18ab283738a5d0668e8173d450fd0',
  'fdecccf5746958c7afdfe409e141488f6ad19dbfcc891d86a6d1a199724b2276',
  'b549f15593074af01a28d97730b9ed5dd165850378bccdbf960e4028ff95eecf',
  '978a727c76630076bb766550c38451c4e68f7e522a09ed54dfbc90f334af836d',
  '04650163c27e63fa7ffab155f9cd6ea58e41e4c9fbec32dbb4a6eef1562ebecc'
]);

/** Every word and every pair of adjacent words in a text, lower-case, as SHA-256 hashes. */
function wordHashes(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-zæøåäöüé]+/g) ?? [];
  const phrases = [...words, ...words.slice(1).map((word, i) => `${words[i]} ${word}`)];
  return new Set(phrases.map((phrase) => createHash('sha256').update(phrase).digest('hex')));
}

describe.each(['nb', 'nn'] as const)('starter model (%s)', (locale) => {
  const doc = load(locale);
  const { lists, issues: writeIssues } = documentToLists(doc);
  const { model, issues } = assembleModel(lists);

  it('is a model document of the current schema in its own language', () => {
    expect(doc.format).toBe(MODEL_DOCUMENT_FORMAT);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.settings.contentLocale).toBe(locale);
  });

  it('passes the list schemas and the mapping with no problem at all', () => {
    expect([...writeIssues, ...issues]).toEqual([]);
  });

  it('has the dimensions of Ørskog (phases × levels), BTI (0–3) and Lier (three tiers), named in nb, nn and en', () => {
    const byKey = Object.fromEntries(model.dimensions.map((d) => [d.key, d]));
    expect(byKey.phase.values.map((v) => v.key)).toEqual(['forebygge', 'avdekke', 'handtere', 'evaluere']);
    expect(byKey.system.values.map((v) => v.key)).toEqual(['kommune', 'etat', 'individ']);
    expect(byKey.bti.values.map((v) => v.key)).toEqual(['0', '1', '2', '3']);
    expect(byKey.tier.values.map((v) => v.key)).toEqual(['universell', 'selektiv', 'indikativ']);
    for (const value of model.dimensions.flatMap((d) => d.values)) expect(value.name.nb && value.name.nn && value.name.en).toBeTruthy();
  });

  it('has at least 12 services placed on all three tiers, 25 routines, 5 arenas, Levanger’s six tools, an annual wheel and an action plan', () => {
    expect(model.services.length).toBeGreaterThanOrEqual(12);
    for (const service of model.services) expect(service.tierMeasures.map((m) => m.tier).sort()).toEqual(['indikativ', 'selektiv', 'universell']);
    expect(model.routines.length).toBeGreaterThanOrEqual(25);
    expect(model.arenas.length).toBeGreaterThanOrEqual(5);
    const tools = model.tools.map((t) => t.key);
    for (const key of ['uro-tegn-signaler', 'risiko-beskyttelse', 'barnets-beste', 'oppfolgingsplan', 'familieplan', 'nettverkskartlegging']) expect(tools).toContain(key);
    expect(new Set(model.annualWheel.map((a) => a.month)).size).toBeGreaterThanOrEqual(6);
    expect(model.actionPlan.length).toBeGreaterThanOrEqual(5);
  });

  it('has BTI level 0 with the 14-day decision, and the violence / sexual-abuse exception path', () => {
    const level0 = model.routines.filter((r) => r.placements.includes('bti:0'));
    expect(level0.some((r) => r.steps.some((s) => /14/.test(s.deadline)))).toBe(true);
    const violence = model.routines.find((r) => r.key === 'mistanke-vold-overgrep');
    expect(violence?.urgent).toBe(true);
    expect(violence?.legalBasis).toMatch(/13-2/);
    expect(violence?.legalBasis).toMatch(/196/);
  });

  it('lists emergency contacts as roles with a placeholder number the admin must set', () => {
    const emergency = model.contacts.filter((c) => c.emergency);
    expect(emergency.length).toBeGreaterThanOrEqual(2);
    expect(emergency.some((c) => c.reach.phone === PLACEHOLDER_PHONE)).toBe(true);
    expect(emergency.some((c) => c.reach.phone === '112')).toBe(true);
  });

  it('names no real person from the source documents', () => {
    const found = [...wordHashes(JSON.stringify(doc))].filter((hash) => REAL_NAME_HASHES.has(hash));
    expect(found).toEqual([]);
  });

  it('gives arenas neutral meeting subjects that could never name a child', () => {
    for (const arena of model.arenas) expect(arena.meetingSubject.length).toBeGreaterThan(3);
  });
});

describe('the real-name check', () => {
  it('hashes single words and pairs of words, so a listed name is found wherever it stands', () => {
    const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
    const hashes = wordHashes('Ring «Kari Nordmann» i skolen.');
    expect(hashes.has(sha('nordmann'))).toBe(true);
    expect(hashes.has(sha('kari nordmann'))).toBe(true);
    expect(hashes.has(sha('kari ring'))).toBe(false);
  });
});

describe('the two starter models', () => {
  it('are the same model: the same keys in Bokmål and Nynorsk', () => {
    const keys = (doc: ModelDocument): string[] =>
      [doc.services, doc.routines, doc.tools, doc.arenas, doc.contacts, doc.actionPlan, doc.annualWheel].flatMap((list) => list.map((x) => x.key)).sort();
    expect(keys(load('nn'))).toEqual(keys(load('nb')));
  });

  it('are really in two languages (content, not the trilingual dimension names)', () => {
    const nb = JSON.stringify(load('nb').routines);
    const nn = JSON.stringify(load('nn').routines);
    expect((nn.match(/\bikkje\b/g) ?? []).length).toBeGreaterThan(5);
    expect((nb.match(/\bikkje\b/g) ?? []).length).toBe(0);
    expect((nb.match(/\bikke\b/g) ?? []).length).toBeGreaterThan(5);
  });
});
