import type { Routine } from '../../../../src/core/model/Routine';
import { routinesInTitleOrder, routineTitleOrder } from '../../../../src/core/model/routineTitleOrder';

const routine = (key: string, title: string): Routine => ({ key, title }) as Routine;
const routines = [routine('a', 'Åpen dør'), routine('b', 'Barnehage'), routine('c', 'Øvelse'), routine('d', 'Ærlig tale')];
const keys = (list: Routine[]): string[] => list.map((r) => r.key);

describe('routines in title order', () => {
  it('orders the keys the Norwegian way (æ, ø, å after z)', () => {
    expect(routineTitleOrder(routines)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('sorts when no order is known, and leaves its input alone', () => {
    expect(keys(routinesInTitleOrder(routines))).toEqual(['b', 'd', 'c', 'a']);
    expect(keys(routines)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('takes the order kept with the cached model as it is, without sorting again', () => {
    // An order that is not the alphabet shows that the kept order is used, not recomputed.
    expect(keys(routinesInTitleOrder(routines, ['c', 'a', 'd', 'b']))).toEqual(['c', 'a', 'd', 'b']);
  });

  it.each([
    ['a key it does not have', ['b', 'd', 'c', 'x']],
    ['one routine missing', ['b', 'd', 'c']],
    ['a key twice', ['b', 'b', 'c', 'a']]
  ])('sorts afresh when the kept order names %s', (_what, order) => {
    expect(keys(routinesInTitleOrder(routines, order))).toEqual(['b', 'd', 'c', 'a']);
  });
});
