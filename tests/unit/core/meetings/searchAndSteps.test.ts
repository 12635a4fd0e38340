import { arenasNamedInStep, bookableArenasForStep, searchWindow } from '../../../../src/core/meetings';
import type { Arena } from '../../../../src/core/model/Arena';

const arena = (key: string, title: string): Arena => ({
  key,
  title,
  purpose: '',
  services: [],
  frequency: 'monthly',
  chair: '',
  meetingSubject: title,
  agendaTemplate: '',
  consentRequired: false,
  placements: []
});

describe('searchWindow', () => {
  it('starts at the next quarter hour and ends at midnight (Oslo) after the chosen weeks', () => {
    // Monday 30 March 2026 10:31 in Oslo (UTC+2).
    const now = Date.parse('2026-03-30T08:31:00Z');
    expect(searchWindow(now, 2)).toEqual({ start: '2026-03-30T08:45:00Z', end: '2026-04-13T22:00:00Z' });
  });

  it('refuses windows getSchedule cannot answer in one call', () => {
    expect(() => searchWindow(Date.now(), 9)).toThrow(/62/);
    expect(() => searchWindow(Date.now(), 0)).toThrow(RangeError);
  });
});

describe('arenasNamedInStep', () => {
  const arenas = [arena('team', 'Tverrfaglig team'), arena('ansvar', 'Ansvarsgruppe'), arena('bvk', 'BTI')];

  it('finds arenas a step names, in any case', () => {
    const step = { what: 'Kall inn til tverrfaglig team', how: 'Bruk ansvarsgruppe ved behov', who: 'Stafettholder' };
    expect(arenasNamedInStep(step, arenas).map((a) => a.key)).toEqual(['team', 'ansvar']);
  });

  it('matches whole words only', () => {
    expect(arenasNamedInStep({ what: 'Tverrfaglig teamleder ringer', how: '', who: '' }, arenas)).toEqual([]);
    expect(arenasNamedInStep({ what: 'Ansvarsgruppemøte', how: '', who: '' }, arenas)).toEqual([]);
  });
});

describe('bookableArenasForStep', () => {
  const team = arena('team', 'Tverrfaglig team');
  const ansvar = arena('ansvar', 'Ansvarsgruppe');
  const stafett = arena('stafett', 'Stafettmøte');
  const familie = arena('familie', 'Familieteam');
  const all = [team, ansvar, stafett, familie];

  it('offers the routine’s arenas on a step that is a meeting, after the arenas it names', () => {
    const step = { what: 'Kall inn til tverrfaglig møte', how: 'Vurder også ansvarsgruppe', who: '' };
    expect(bookableArenasForStep(step, [stafett, ansvar], all).map((a) => a.key)).toEqual(['ansvar', 'stafett']);
  });

  it('counts compounds and Nynorsk as meetings', () => {
    expect(bookableArenasForStep({ what: 'Samarbeidsmøte', how: '', who: '' }, [stafett], all)).toEqual([stafett]);
    expect(bookableArenasForStep({ what: 'Drøft og få råd', how: '', who: '' }, [team], all)).toEqual([team]);
  });

  it('offers nothing on a step that is no meeting and names no arena, and never more than three', () => {
    expect(bookableArenasForStep({ what: 'Skriv ned det du ser', how: '', who: '' }, all, all)).toEqual([]);
    expect(bookableArenasForStep({ what: 'Møte', how: '', who: '' }, all, all)).toHaveLength(3);
  });
});
