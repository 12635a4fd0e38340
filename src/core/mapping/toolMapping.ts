import type { Tool } from '../model/Tool';
import { joinKeys, type EntityMapping } from './EntityMapping';

export const toolMapping: EntityMapping<Tool> = {
  list: 'tools',
  read: (r) => ({
    id: r.id,
    key: r.text('ToolKey'),
    title: r.text('Title'),
    description: r.text('Description'),
    documentUrl: r.text('DocumentUrl'),
    placements: r.keys('Placements')
  }),
  write: (x) => ({
    Title: x.title,
    ToolKey: x.key,
    Description: x.description,
    DocumentUrl: x.documentUrl,
    Placements: joinKeys(x.placements)
  })
};
