import type { AnnualWheelActivity } from '../model/AnnualWheelActivity';
import { idOf, type EntityMapping } from './EntityMapping';

export const annualWheelMapping: EntityMapping<AnnualWheelActivity> = {
  list: 'annualWheel',
  read: (r) => ({
    id: r.id,
    key: r.text('ActivityKey'),
    title: r.text('Title'),
    description: r.text('Description'),
    month: r.number('Month') ?? 1,
    audience: r.text('Audience'),
    everyYears: r.number('EveryYears') ?? 1,
    arena: r.lookup('Arena')
  }),
  write: (x, lookups) => ({
    Title: x.title,
    ActivityKey: x.key,
    Description: x.description,
    Month: x.month,
    Audience: x.audience,
    EveryYears: x.everyYears,
    ArenaId: idOf(lookups, 'arenas', x.arena)
  })
};
