import { ELLIPSIS, extractSnippet, highlightRanges, mergeRanges, normalizeNorwegian, type TextRange } from '../../../../src/core/search';
import { leadingHighlightRanges } from '../../../../src/core/search/highlightRanges';

const covered = (text: string, ranges: TextRange[]): string[] => ranges.map((r) => text.slice(r.start, r.end));

describe('highlightRanges', () => {
  it('highlights every inflected form of a matched term, as written', () => {
    const text = 'Barnehagen og barnehagane samarbeider med barnehage-eier.';
    expect(covered(text, highlightRanges(text, normalizeNorwegian('barnehage')))).toEqual(['Barnehagen', 'barnehagane', 'barnehage']);
  });

  it('keeps æøå in the highlighted text and points at the right characters', () => {
    const text = 'Høyt fråvær på skulen';
    const ranges = highlightRanges(text, normalizeNorwegian('fravaer'));
    expect(ranges).toEqual([{ start: 5, end: 11 }]);
    expect(covered(text, ranges)).toEqual(['fråvær']);
  });

  it('highlights a variant from another language and a known phrase as one range', () => {
    const text = 'Ved vald: ring child welfare straks.';
    expect(covered(text, highlightRanges(text, ['vold']))).toEqual(['vald']);
    expect(covered(text, highlightRanges(text, normalizeNorwegian('barnevern')))).toEqual(['child welfare']);
  });

  it('returns nothing without matched terms or text', () => {
    expect(highlightRanges('Vold', [])).toEqual([]);
    expect(highlightRanges('', ['vold'])).toEqual([]);
  });
});

describe('mergeRanges', () => {
  it('sorts, and joins overlapping and touching ranges', () => {
    expect(mergeRanges([{ start: 10, end: 12 }, { start: 0, end: 4 }, { start: 3, end: 6 }, { start: 6, end: 8 }])).toEqual([
      { start: 0, end: 8 },
      { start: 10, end: 12 }
    ]);
  });
});

describe('extractSnippet', () => {
  const filler = (n: number, word: string): string => Array.from({ length: n }, () => word).join(' ');

  it('returns a short text whole, with its highlights', () => {
    expect(extractSnippet('Ring barnevernvakta.', [{ start: 5, end: 19 }])).toEqual({
      text: 'Ring barnevernvakta.',
      highlights: [{ start: 5, end: 19 }]
    });
  });

  it('cuts a window around the first match on word boundaries, with ellipses, and moves the highlights', () => {
    const text = `${filler(60, 'lorem')} Ring barnevernvakta straks. ${filler(60, 'ipsum')}`;
    const start = text.indexOf('barnevernvakta');
    const snippet = extractSnippet(text, [{ start, end: start + 'barnevernvakta'.length }]);

    expect(snippet.text.startsWith(ELLIPSIS)).toBe(true);
    expect(snippet.text.endsWith(ELLIPSIS)).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(160 + 2);
    expect(snippet.text.length).toBeGreaterThan(120);
    expect(covered(snippet.text, snippet.highlights)).toEqual(['barnevernvakta']);
    const inner = snippet.text.slice(1, -1);
    expect(text).toContain(inner);
    expect(inner).toMatch(/^(lorem|Ring)\b/);
    expect(inner).toMatch(/\b(ipsum|straks\.)$/);
  });

  it('starts at the beginning, without a leading ellipsis, when the match is near the start', () => {
    const text = `Vald i heimen. ${filler(80, 'lorem')}`;
    const snippet = extractSnippet(text, [{ start: 0, end: 4 }]);
    expect(snippet.text.startsWith('Vald i heimen.')).toBe(true);
    expect(snippet.text.endsWith(ELLIPSIS)).toBe(true);
    expect(snippet.highlights).toEqual([{ start: 0, end: 4 }]);
  });

  it('ends at the end of the text, without a trailing ellipsis, when the match is near the end', () => {
    const text = `${filler(80, 'lorem')} ring politiet`;
    const start = text.indexOf('politiet');
    const snippet = extractSnippet(text, [{ start, end: start + 8 }]);
    expect(snippet.text.endsWith('ring politiet')).toBe(true);
    expect(snippet.text.startsWith(ELLIPSIS)).toBe(true);
    expect(covered(snippet.text, snippet.highlights)).toEqual(['politiet']);
  });

  it('shows the start of the text when nothing matched', () => {
    const text = filler(80, 'lorem');
    const snippet = extractSnippet(text, []);
    expect(snippet.text.startsWith('lorem lorem')).toBe(true);
    expect(snippet.highlights).toEqual([]);
  });

  it('respects a custom length', () => {
    const text = filler(40, 'abcd');
    expect(extractSnippet(text, [], 50).text.length).toBeLessThanOrEqual(51);
  });
});

describe('leadingHighlightRanges', () => {
  const filler = (n: number): string => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');
  const texts = [
    `${filler(40)} Vold i nære relasjonar. ${filler(30)} vald og vold. ${filler(50)} vold.`,
    `Vold ${filler(5)} vald ${filler(60)} vold i nær relasjon ${filler(10)}`,
    `${filler(80)} psykisk helse og psykisk uhelse ${filler(80)} psykisk helse`,
    `${filler(100)}`,
    `Kort tekst om vold.`
  ];
  const queries = [['vold'], normalizeNorwegian('psykisk helse'), ['vold', 'vold i nær relasjon'], ['psykisk', 'hels']];

  it.each(texts.flatMap((text) => queries.map((terms) => [text, terms] as const)))(
    'gives the snippet highlightRanges gives (%#)',
    (text, terms) => {
      expect(extractSnippet(text, leadingHighlightRanges(text, terms))).toEqual(extractSnippet(text, highlightRanges(text, terms)));
    }
  );

  it('stops analysing a long text after the first match and what a snippet can show of it', () => {
    const text = `Vold ${filler(200)} vold`;
    const ranges = leadingHighlightRanges(text, ['vold']);
    expect(ranges).toEqual([{ start: 0, end: 4 }]);
    expect(highlightRanges(text, ['vold'])).toHaveLength(2);
  });
});
