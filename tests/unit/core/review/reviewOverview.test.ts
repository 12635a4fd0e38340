import { addMonths } from '../../../../src/core/review/addMonths';
import { mailtoLink } from '../../../../src/core/review/mailtoLink';
import { reviewedOn } from '../../../../src/core/review/markReviewed';
import { buildReviewOverview } from '../../../../src/core/review/reviewOverview';
import type { Routine } from '../../../../src/core/model/Routine';
import { tinyModelDocument } from '../tinyModel';

const TODAY = '2026-11-23';

function routine(key: string, owner: string, nextReview: string | undefined, responsibleService?: string): Routine {
  return { ...tinyModelDocument().routines[0], key, title: key, owner, nextReview, responsibleService };
}

describe('the review overview', () => {
  const routines = [
    routine('a', 'Rektor', '2026-10-01', 'skole'),
    routine('b', 'rektor ', '2026-12-01', 'skole'),
    routine('c', 'Barnevernleder', '2026-11-01', 'barnevern'),
    routine('d', 'Barnevernleder', '2027-06-01', 'barnevern'),
    routine('e', '', undefined),
    routine('f', 'Helsesykepleier', '2026-12-20')
  ];
  const overview = buildReviewOverview(routines, tinyModelDocument().services, TODAY);

  it('counts every state', () => {
    expect(overview.counts).toEqual({ overdue: 2, dueSoon: 2, unknown: 1, current: 1 });
  });

  it('groups what needs attention by owner, most overdue first, no owner last', () => {
    expect(overview.byOwner.map((g) => [g.label, g.entries.map((e) => e.routine.key), g.overdue, g.dueSoon])).toEqual([
      ['Rektor', ['a', 'b'], 1, 1],
      ['Barnevernleder', ['c'], 1, 0],
      ['Helsesykepleier', ['f'], 0, 1],
      ['', ['e'], 0, 0]
    ]);
  });

  it('groups by responsible service with its title, routines without one last', () => {
    expect(overview.byService.map((g) => [g.key, g.label, g.entries.map((e) => `${e.routine.key}:${e.state}`)])).toEqual([
      ['skole', 'Skole', ['a:overdue', 'b:dueSoon']],
      ['barnevern', 'Barnevern', ['c:overdue']],
      ['', '', ['f:dueSoon', 'e:unknown']]
    ]);
  });
});

describe('marking a routine reviewed', () => {
  it('sets today and today plus the review interval', () => {
    expect(reviewedOn(TODAY, { reviewIntervalMonths: 12 })).toEqual({ lastReviewed: TODAY, nextReview: '2027-11-23' });
    expect(reviewedOn('2026-01-31', { reviewIntervalMonths: 1 })).toEqual({ lastReviewed: '2026-01-31', nextReview: '2026-02-28' });
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-10', 36, '2029-03-10']
  ])('adds months to %s (+%i = %s)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('the reminder link', () => {
  it('prepares a message in the admin’s own mail program, with a recipient only when the owner is an address', () => {
    const link = mailtoLink({ to: 'rektor@testvik.no', subject: 'Rutiner å gå gjennom', body: 'Hei!\n1. Uro & bekymring' });
    expect(link).toBe('mailto:rektor@testvik.no?subject=Rutiner%20%C3%A5%20g%C3%A5%20gjennom&body=Hei!%0D%0A1.%20Uro%20%26%20bekymring');
    expect(mailtoLink({ to: 'Rektor', subject: 's', body: 'b' })).toBe('mailto:?subject=s&body=b');
    expect(mailtoLink({ to: 'a@b.no?cc=evil@x.no', subject: 's', body: 'b' })).toBe('mailto:?subject=s&body=b');
  });
});
