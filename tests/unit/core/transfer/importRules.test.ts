import { readFileSync } from 'node:fs';
import { arenaTextFindings } from '../../../../src/core/arenas/arenaText';
import { validateModelImport } from '../../../../src/core/transfer/validateModelImport';
import type { ImportProblem } from '../../../../src/core/transfer/ImportProblem';
import { localizeImportMessage, localizeWhere } from '../../../../src/ui/admin/transfer/localizeImportProblem';
import { nb as privacyNb } from '../../../../src/ui/strings/privacyStrings';
import { tinyModelDocument } from '../tinyModel';

type Doc = ReturnType<typeof tinyModelDocument>;

function problemsOf(change: (doc: Doc) => void): ImportProblem[] {
  const doc = tinyModelDocument();
  change(doc);
  return validateModelImport(JSON.stringify(doc)).problems;
}

const located = (p: ImportProblem): string => `${p.where} ${p.row ?? '-'} ${p.field}`;

describe('import validation (issue 17)', () => {
  it.each(['nb', 'nn'])('accepts the starter model (%s) as it is', (locale) => {
    expect(validateModelImport(readFileSync(`sharepoint/seed/starter-model.${locale}.json`, 'utf8')).problems).toEqual([]);
  });

  it('refuses a date that does not exist, naming row and field', () => {
    const problems = problemsOf((doc) => {
      doc.routines[1].nextReview = '2026-02-30';
    });
    expect(problems.map(located)).toEqual(['routines 2 nextReview']);
    expect(localizeImportMessage(problems[0], 'nb', privacyNb)).toBe('må være en dato som finnes, skrevet åååå-mm-dd. Nå står det «2026-02-30»');
  });

  it.each([
    ['Min Rutine', 'a space and capitals'],
    ['../admin', 'a path'],
    ['niv\u0430-0', 'a Cyrillic «а» that looks like a Latin a']
  ])('refuses the key %j (%s), naming row and field', (key) => {
    const problems = problemsOf((doc) => {
      doc.routines[0].key = key;
    });
    expect(problems.map(located)).toContain('routines 1 key');
    const message = localizeImportMessage(problems.find((p) => p.field === 'key') as ImportProblem, 'nb', privacyNb);
    expect(message).toContain('er ikke en gyldig nøkkel');
    expect(message).toContain(`«${key}»`);
  });

  it('refuses a birth number in a routine step, naming the row, the step and what was found', () => {
    const problems = problemsOf((doc) => {
      doc.routines[1].steps[0].what = 'Gjelder Ola Nordmann, fnr 12031750189, født 12.03.2017';
    });
    expect(problems.map(located)).toEqual(['routines 2 steps[0].what']);
    expect(problems[0].key).toBe('vold');
    const message = localizeImportMessage(problems[0], 'nb', privacyNb);
    expect(message).toContain('kan identifisere et barn');
    expect(message).toContain('12031750189');
  });

  it('refuses an arena meeting subject that names a child, naming the row', () => {
    const problems = problemsOf((doc) => {
      doc.arenas[0].meetingSubject = 'Møte om Emma (7) i 2B';
    });
    expect(problems.map(located)).toEqual(['arenas 1 meetingSubject']);
    expect(problems[0].findings?.map((f) => f.text).join(' ')).toContain('Emma');
  });

  it('checks the agenda template too, and an arena text cannot vouch for itself', () => {
    expect(arenaTextFindings({ meetingSubject: 'Tverrfaglig team – møte', agendaTemplate: '1. Velkommen\n2. Saken om Emma (7)' }).map((f) => f.field)).toEqual(['agendaTemplate']);
    const problems = problemsOf((doc) => {
      doc.arenas[0].agendaTemplate = '1. Velkommen\n2. Saken om Emma (7)';
    });
    expect(problems.map(located)).toEqual(['arenas 1 agendaTemplate']);
  });

  it('says "too large a number" for 1e999, not "must be a number, got a number", and in Bokmål', () => {
    const text = JSON.stringify(tinyModelDocument()).replace('"consentAge":16', '"consentAge":1e999');
    const problems = validateModelImport(text).problems;
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['consentAge: is too large a number']);
    expect(localizeImportMessage(problems[0], 'nb', privacyNb)).toBe('er et for stort tall');
    expect(localizeWhere(problems[0].where, 'nn')).toBe('Innstillingar');
  });

  it('puts the common messages in Bokmål without English left in them', () => {
    const problems = problemsOf((doc) => {
      (doc.routines[0] as unknown as Record<string, unknown>).titel = 'skrivefeil';
      (doc.tools[0] as unknown as Record<string, unknown>).title = 5;
      doc.routines[0].responsibleService = 'finnes-ikke';
    });
    const messages = problems.map((p) => localizeImportMessage(p, 'nb', privacyNb));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).not.toMatch(/\b(must|got|is not|which|the)\b/);
  });
});
