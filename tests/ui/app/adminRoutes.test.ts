import { formatRoute, parseRoute, type Route } from '../../../src/ui/app/routes';

describe('admin routes', () => {
  it.each<[string, Route]>([
    ['#/admin', { view: 'admin', section: 'routines' }],
    ['#/admin/review', { view: 'admin', section: 'review' }],
    ['#/admin/transfer', { view: 'admin', section: 'transfer' }],
    ['#/admin/setup', { view: 'admin', section: 'setup' }],
    ['#/admin/routine/bti-niva-0-uro', { view: 'adminRoutine', key: 'bti-niva-0-uro' }]
  ])('parses %s and formats it back', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
  });

  it.each(['#/admin/nonsense', '#/admin/routine/', '#/admin/routine/%E0%A4%A', '#/admin/routine/<script>'])('takes %s to the admin start page', (hash) => {
    expect(parseRoute(hash)).toEqual({ view: 'admin', section: 'routines' });
  });
});
