import { decideSend, gatedText } from '../../../../src/core/feedback/personalDataGate';
import { modelAllowWords } from '../../../../src/core/feedback/modelAllowWords';
import { assembleModel } from '../../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../../src/core/mapping/documentToLists';
import { tinyModelDocument } from '../tinyModel';

describe('the personal-data gate in front of feedback and evaluation comments', () => {
  it('lets plain feedback through at once', () => {
    expect(decideSend(['Telefonnummer mangler', 'Rutinen for nivå 1 mangler nummeret til PPT.'], undefined)).toEqual({ kind: 'send' });
  });

  it('warns about a child\'s name and age ("Emma (7)") and says where', () => {
    const decision = decideSend(['Bekymring', 'Emma (7) virket lei seg etter foreldremøtet.'], undefined);
    expect(decision.kind).toBe('warn');
    if (decision.kind !== 'warn') return;
    // One finding for the name with its age, not two: the reason names the whole passage.
    expect(decision.findings.map((f) => [f.kind, f.text])).toEqual([['name', 'Emma (7)']]);
  });

  it('warns about a birth number in the subject too', () => {
    const decision = decideSend(['Gjelder 01011550076', 'Se over rutinen.'], undefined, { today: new Date('2026-06-01') });
    expect(decision.kind).toBe('warn');
  });

  it('sends after an explicit confirmation of exactly that text', () => {
    const fields = ['Bekymring', 'Emma (7) virket lei seg.'];
    expect(decideSend(fields, gatedText(fields)).kind).toBe('send');
  });

  it('checks again when the text changed after the confirmation', () => {
    const confirmed = gatedText(['Bekymring', 'Emma (7) virket lei seg.']);
    expect(decideSend(['Bekymring', 'Emma (7) og Jonas (9) virket lei seg.'], confirmed).kind).toBe('warn');
    // A confirmation of other fields cannot be moved to a new field layout either.
    expect(decideSend(['Bekymring Emma (7) virket lei seg.'], confirmed).kind).toBe('warn');
  });

  it("does not take the model's own names for children's names", () => {
    const { model } = assembleModel(documentToLists(tinyModelDocument()).lists);
    const allowWords = modelAllowWords(model);
    expect(allowWords).toEqual(expect.arrayContaining(['Testvik kommune', 'Barnevern', 'Tverrfaglig team', 'Uro for barn']));
    const text = ['Tverrfaglig team', 'Møtet i Tverrfaglig team bør ha fast agenda.'];
    expect(decideSend(text, undefined, { allowWords }).kind).toBe('send');
  });
});

describe('fields are checked one by one', () => {
  it('a cue word ending one field does not make the next field\'s first word a name («… med barnet» + «Registrer alle …»)', () => {
    expect(decideSend(['Snakk med barnet', 'Registrer alle uteblivelser'], undefined).kind).toBe('send');
  });

  it('still finds a name in the second field, at its place in the joined text', () => {
    const decision = decideSend(['Bekymring', 'Emma (7) virket lei seg.'], undefined);
    expect(decision.kind).toBe('warn');
    if (decision.kind !== 'warn') return;
    expect(gatedText(['Bekymring', 'Emma (7) virket lei seg.']).slice(decision.findings[0].start, decision.findings[0].end)).toBe('Emma (7)');
  });
});
