import type { Tool } from '../model/Tool';
import { joinKeys, type EntityMapping } from './EntityMapping';
import { nynorskPart } from './nynorskColumns';

export const toolMapping: EntityMapping<Tool> = {
  list: 'tools',
  read: (r) => ({
    id: r.id,
    key: r.text('ToolKey'),
    title: r.text('Title'),
    description: r.text('Description'),
    documentUrl: r.text('DocumentUrl'),
    placements: r.keys('Placements'),
    ...nynorskPart({ title: r.optionalText('TitleNn'), description: r.optionalText('DescriptionNn') })
  }),
  write: (x) => ({
    Title: x.title,
    ToolKey: x.key,
    Description: x.description,
    DocumentUrl: x.documentUrl,
    Placements: joinKeys(x.placements),
    TitleNn: x.nn?.title,
    DescriptionNn: x.nn?.description
  })
};
