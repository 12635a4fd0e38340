import type { Arena, ArenaFrequency } from '../model/Arena';
import { idsOf, joinKeys, type EntityMapping } from './EntityMapping';
import { nynorskPart } from './nynorskColumns';

export const arenaMapping: EntityMapping<Arena> = {
  list: 'arenas',
  read: (r) => ({
    id: r.id,
    key: r.text('ArenaKey'),
    title: r.text('Title'),
    purpose: r.text('Purpose'),
    services: r.lookupMany('Services'),
    frequency: r.choice<ArenaFrequency>('Frequency') ?? 'asNeeded',
    chair: r.text('Chair'),
    meetingSubject: r.text('MeetingSubject'),
    agendaTemplate: r.text('AgendaTemplate'),
    consentRequired: r.boolean('ConsentRequired'),
    placements: r.keys('Placements'),
    ...nynorskPart({ title: r.optionalText('TitleNn'), purpose: r.optionalText('PurposeNn') })
  }),
  write: (x, lookups) => ({
    Title: x.title,
    ArenaKey: x.key,
    Purpose: x.purpose,
    ServicesId: idsOf(lookups, 'services', x.services),
    Frequency: x.frequency,
    Chair: x.chair,
    MeetingSubject: x.meetingSubject,
    AgendaTemplate: x.agendaTemplate,
    ConsentRequired: x.consentRequired,
    Placements: joinKeys(x.placements),
    TitleNn: x.nn?.title,
    PurposeNn: x.nn?.purpose
  })
};
