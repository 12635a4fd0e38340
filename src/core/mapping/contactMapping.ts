import type { Contact } from '../model/Contact';
import { idOf, type EntityMapping } from './EntityMapping';
import { nynorskPart } from './nynorskColumns';
import { reachFields, readReach } from './serviceMapping';

export const contactMapping: EntityMapping<Contact> = {
  list: 'contacts',
  read: (r) => ({
    id: r.id,
    key: r.text('ContactKey'),
    title: r.text('Title'),
    description: r.text('Description'),
    reach: readReach(r),
    emergency: r.boolean('Emergency'),
    service: r.lookup('Service'),
    order: r.number('SortOrder') ?? 0,
    ...nynorskPart({ title: r.optionalText('TitleNn'), description: r.optionalText('DescriptionNn') })
  }),
  write: (x, lookups) => ({
    Title: x.title,
    ContactKey: x.key,
    Description: x.description,
    ...reachFields(x.reach),
    Emergency: x.emergency,
    ServiceId: idOf(lookups, 'services', x.service),
    SortOrder: x.order,
    TitleNn: x.nn?.title,
    DescriptionNn: x.nn?.description
  })
};
