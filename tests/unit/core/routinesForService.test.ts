import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import { routinesForService } from '../../../src/core/model/routinesForService';

function starter(locale: 'nb' | 'nn'): ModelDocument {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument;
}

const keys = (routines: ReadonlyArray<{ key: string }>): string[] => routines.map((r) => r.key);

describe.each(['nb', 'nn'] as const)('For meg for Skole on the starter model (%s)', (locale) => {
  const model = starter(locale);
  const groups = routinesForService(model, 'skole', { guideDimension: 'bti' });
  const work = [...groups.byLevel.flatMap((l) => l.routines), ...groups.otherWork];

  it('lists what a school does — far fewer than the routines meant for schools — and keeps the rest for "Vis alle"', () => {
    const meant = model.routines.filter((r) => r.urgent || r.audience.includes('skole') || r.responsibleService === 'skole');
    expect(meant.length).toBeGreaterThanOrEqual(26);
    expect(groups.urgent.length + work.length).toBeLessThanOrEqual(18);
    // Nothing is lost: every routine meant for the school is either shown or behind "Vis alle", once.
    expect(new Set([...keys(groups.urgent), ...keys(work), ...keys(groups.rest)])).toEqual(new Set(keys(meant)));
    expect(groups.urgent.length + work.length + groups.rest.length).toBe(meant.length);
  });

  it('has the school’s own routines, the own-service levels and the steps a teacher carries out', () => {
    expect(keys(work)).toEqual(
      expect.arrayContaining(['skolefravaer', 'overgang-barnehage-skole', 'foreldremote-tema-rus', 'bti-niva-0-uro', 'bti-niva-1-egen-tjeneste', 'bekymringsmelding-barnevern', 'anonym-drofting'])
    );
    // Another service's work a school only reads about is not the school's work.
    expect(keys(work)).not.toContain('politiets-bekymringssamtale');
    expect(keys(work)).not.toContain('bup-henvisning');
    expect(keys(groups.rest)).toEqual(expect.arrayContaining(['politiets-bekymringssamtale', 'bup-henvisning']));
  });

  it('groups the work by level, in the level order, each routine once at its lowest level', () => {
    expect(groups.byLevel.map((l) => l.level)).toEqual(['0', '1', '2', '3']);
    const level = (key: string): string | undefined => groups.byLevel.find((l) => keys(l.routines).includes(key))?.level;
    expect(level('bti-niva-0-uro')).toBe('0');
    expect(level('bti-niva-1-egen-tjeneste')).toBe('1');
    expect(level('evaluere-tiltak-individ')).toBe('1');
    expect(level('bti-niva-3-tverrfaglig')).toBe('3');
    expect(keys(groups.otherWork)).toEqual(expect.arrayContaining(['overgang-barnehage-skole', 'foreldremote-tema-rus']));
    expect(work.length).toBe(new Set(keys(work)).size);
  });
});

describe('For meg for other services', () => {
  const model = starter('nb');

  it('gives Barnevernstjenesten its own routines, not the school’s', () => {
    const groups = routinesForService(model, 'barnevern', { guideDimension: 'bti' });
    const work = keys([...groups.byLevel.flatMap((l) => l.routines), ...groups.otherWork]);
    expect(work).toEqual(expect.arrayContaining(['bekymringsmelding-barnevern', 'anonym-drofting', 'vold-i-nare-relasjoner']));
    expect(work).not.toContain('skolefravaer');
  });

  it('takes a step that names the service as its work: the barnehage in the transition to school', () => {
    const groups = routinesForService(model, 'barnehage', { guideDimension: 'bti' });
    expect(keys(groups.otherWork)).toContain('overgang-barnehage-skole');
  });
});
