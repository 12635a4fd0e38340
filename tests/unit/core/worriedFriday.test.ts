import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, contactInMyService, deadlineDays, nextGuideStep, outcomeDeadline, routinesForOutcome } from '../../../src/core/guide/worryGuide';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import type { TryggeBarnModel } from '../../../src/core/model/TryggeBarnModel';
import { callNowEntries, NATIONAL } from '../../../src/core/readiness/callNow';
import { checkReadiness, modelPublishBlockers, routinePublishBlockers } from '../../../src/core/readiness/readiness';
import { unpublishImpact } from '../../../src/core/readiness/unpublishImpact';

/** The starter model as shipped (a model document is a model with a format stamp). */
function starter(locale: 'nb' | 'nn'): TryggeBarnModel {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument;
}

describe.each(['nb', 'nn'] as const)('the call-now card on the starter model as shipped (%s)', (locale) => {
  const model = starter(locale);
  const entries = callNowEntries(model);

  it('gives four callable tel: numbers in order: barnevern by day, barnevernvakt, police 02800, 112', () => {
    expect(entries.map((e) => e.role)).toEqual(['barnevernDaytime', 'barnevernvakt', 'police', 'emergency']);
    for (const e of entries) expect(e.href).toMatch(/^tel:\+?\d{3,}$/);
    expect(entries.map((e) => e.phone)).not.toContain('00 00 00 00');
  });

  it('stands in Alarmtelefonen 116 111 for the placeholder barnevern numbers, and says so', () => {
    expect(entries[0]).toMatchObject({ phone: NATIONAL.alarmtelefonen, href: 'tel:116111', fallback: true });
    expect(entries[1]).toMatchObject({ phone: NATIONAL.alarmtelefonen, fallback: true });
    expect(entries[2]).toMatchObject({ phone: '02800', href: 'tel:02800', fallback: false });
    expect(entries[3]).toMatchObject({ phone: '112', href: 'tel:112', fallback: false });
  });

  it("uses the municipality's own numbers once the admin has set them", () => {
    const set = { ...model, contacts: model.contacts.map((c) => (c.key === 'barnevernvakt' ? { ...c, reach: { ...c.reach, phone: '+47 22 33 44 55' } } : c)) };
    expect(callNowEntries(set)[1]).toMatchObject({ phone: '+47 22 33 44 55', href: 'tel:+4722334455', fallback: false, contactTitle: expect.any(String) });
  });
});

describe('the readiness check', () => {
  const model = starter('nb');

  it('lists every placeholder number, the emergency ones (and the daytime barnevern intake) as blockers first', () => {
    const problems = checkReadiness(model);
    const placeholders = model.contacts.filter((c) => c.reach.phone === '00 00 00 00').map((c) => c.key);
    expect(problems.filter((p) => p.list === 'contacts' && p.kind === 'placeholderNumber').map((p) => p.key).sort()).toEqual([...placeholders].sort());
    const blockers = modelPublishBlockers(model).map((p) => p.key);
    expect(blockers).toEqual(expect.arrayContaining(['barnevernvakt', 'krisesenter', 'barnevern-mottak']));
    expect(blockers).not.toContain('tannklinikk');
    expect(problems.slice(0, blockers.length).every((p) => p.severity === 'blocker')).toBe(true);
  });

  it('refuses to publish an urgent routine while emergency numbers are placeholders, but not an ordinary one', () => {
    const urgent = model.routines.find((r) => r.urgent)!;
    const ordinary = model.routines.find((r) => !r.urgent)!;
    expect(routinePublishBlockers(model, urgent).length).toBeGreaterThan(0);
    expect(routinePublishBlockers(model, ordinary)).toEqual([]);
    const fixed = { ...model, contacts: model.contacts.map((c, i) => (c.reach.phone === '00 00 00 00' ? { ...c, reach: { ...c.reach, phone: `22 00 00 ${10 + i}` } } : c)) };
    expect(routinePublishBlockers(fixed, urgent)).toEqual([]);
    expect(checkReadiness(fixed).filter((p) => p.kind === 'placeholderNumber' && p.list === 'contacts')).toEqual([]);
  });

  it('reports a missing barnevernvakt contact as a blocker', () => {
    const without = { ...model, contacts: model.contacts.filter((c) => c.key !== 'barnevernvakt') };
    expect(modelPublishBlockers(without)).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'missingEmergencyContact', key: 'barnevernvakt' })]));
  });
});

describe('unpublishing', () => {
  const model = starter('nb');
  const routine = (key: string): TryggeBarnModel['routines'][number] => model.routines.find((r) => r.key === key)!;

  it('names what staff lose and asks twice for urgent and level routines', () => {
    const urgent = unpublishImpact(model, routine('mistanke-vold-overgrep'));
    expect(urgent).toMatchObject({ guideOutcomes: ['urgent'], urgent: true, needsSecondConfirmation: true });
    expect(urgent.linkedFrom.map((r) => r.key)).toContain('bti-niva-0-uro');
    expect(unpublishImpact(model, routine('bti-niva-2-samarbeid'))).toMatchObject({ guideOutcomes: ['2'], levelRoutine: true, needsSecondConfirmation: true });
    expect(unpublishImpact(model, routine('evaluere-tiltak-individ'))).toMatchObject({ guideOutcomes: ['1', '2', '3'], levelRoutine: false, needsSecondConfirmation: false });
  });
});

describe.each(['nb', 'nn'] as const)('the worry guide on the starter model (%s)', (locale) => {
  const model = starter(locale);
  const keys = (outcome: Parameters<typeof routinesForOutcome>[1], my?: string): string[] => routinesForOutcome(model, outcome, my).map((r) => r.key);

  it('ranks each level’s own routine first and the cross-level evaluation last, not alphabetically', () => {
    expect(keys('0')[0]).toBe('bti-niva-0-uro');
    expect(keys('1')[0]).toBe('bti-niva-1-egen-tjeneste');
    expect(keys('2')[0]).toBe('bti-niva-2-samarbeid');
    expect(keys('3')[0]).toBe('bti-niva-3-tverrfaglig');
    for (const level of ['1', '2', '3'] as const) expect(keys(level).at(-1)).toBe('evaluere-tiltak-individ');
    expect(keys('urgent')[0]).toBe('mistanke-vold-overgrep');
  });

  it('leads an "usikker" answer to an anonymous consultation, its routine first', () => {
    expect(nextGuideStep({ danger: 'unsure' })).toEqual({ kind: 'result', outcome: 'consult' });
    expect(nextGuideStep({ danger: false, concrete: 'unsure' })).toEqual({ kind: 'result', outcome: 'consult' });
    expect(nextGuideStep({ danger: false, concrete: true, ownService: false, oneOtherService: 'unsure' })).toEqual({ kind: 'result', outcome: 'consult' });
    expect(keys('consult')[0]).toBe('anonym-drofting');
  });

  it('names the contact in the user’s own service', () => {
    expect(contactInMyService(model, 'skole')?.key).toBe('skolekontor');
    expect(contactInMyService(model, undefined)).toBeUndefined();
  });

  it('gives a concrete deadline date from today: today when urgent, 14 days on level 0', () => {
    expect(outcomeDeadline(model, 'urgent', '2026-12-04')).toBe('2026-12-04');
    expect(outcomeDeadline(model, '0', '2026-12-04')).toBe('2026-12-18');
    expect(outcomeDeadline(model, '0', '2026-12-25')).toBe('2027-01-08');
  });
});

describe('deadlines', () => {
  it.each([
    ['Innen 14 dager', 14],
    ['Innan 14 dagar – straks dersom meldeplikta er utløyst', 0],
    ['Innen en uke', 7],
    ['Innan ei veke', 7],
    ['Straks', 0],
    ['Ved neste møte', undefined]
  ])('reads %s as %s days', (text, days) => expect(deadlineDays(text)).toBe(days));

  it('adds days across a month and a daylight-saving change without drifting', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 14)).toBe('2026-11-07');
  });
});
