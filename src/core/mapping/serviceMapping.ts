import type { Reachability, Service, TierMeasures } from '../model/Service';
import { joinKeys, type EntityMapping, type ItemFields } from './EntityMapping';
import type { ItemReader } from './ItemReader';

export function readReach(reader: ItemReader): Reachability {
  return {
    phone: reader.optionalText('Phone'),
    email: reader.optionalText('Email'),
    url: reader.optionalText('WebUrl'),
    hours: reader.optionalText('Hours')
  };
}

export function reachFields(reach: Reachability): ItemFields {
  return { Phone: reach.phone, Email: reach.email, WebUrl: reach.url, Hours: reach.hours };
}

function readTierMeasures(reader: ItemReader): TierMeasures[] {
  const value = reader.json('TierMeasures');
  if (value === undefined) return [];
  const valid =
    Array.isArray(value) &&
    value.every((m) => m && typeof m === 'object' && typeof m.tier === 'string' && typeof m.measures === 'string');
  if (!valid) {
    reader.error('TierMeasures', 'must be a list of { "tier": "…", "measures": "…" }');
    return [];
  }
  return (value as TierMeasures[]).map((m) => ({ tier: m.tier, measures: m.measures }));
}

export const serviceMapping: EntityMapping<Service> = {
  list: 'services',
  read: (r) => ({
    id: r.id,
    key: r.text('ServiceKey'),
    title: r.text('Title'),
    role: r.text('Role'),
    mandate: r.text('Mandate'),
    tierMeasures: readTierMeasures(r),
    reach: readReach(r),
    placements: r.keys('Placements')
  }),
  write: (s) => ({
    Title: s.title,
    ServiceKey: s.key,
    Role: s.role,
    Mandate: s.mandate,
    TierMeasures: JSON.stringify(s.tierMeasures),
    ...reachFields(s.reach),
    Placements: joinKeys(s.placements)
  })
};
