import type { Reachability, Service, TierMeasures } from '../model/Service';
import { joinKeys, type EntityMapping, type ItemFields } from './EntityMapping';
import type { ItemReader } from './ItemReader';
import { nynorskPart, readNynorskJson } from './nynorskColumns';

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

const TIER_MEASURES_SHAPE = 'must be a list of { "tier": "…", "measures": "…" }';

function parseTierMeasures(value: unknown): { value: TierMeasures[]; problem?: string } {
  const valid =
    Array.isArray(value) &&
    value.every((m) => m && typeof m === 'object' && typeof m.tier === 'string' && typeof m.measures === 'string');
  if (!valid) return { value: [], problem: TIER_MEASURES_SHAPE };
  return { value: (value as TierMeasures[]).map((m) => ({ tier: m.tier, measures: m.measures })) };
}

function readTierMeasures(reader: ItemReader): TierMeasures[] {
  const value = reader.json('TierMeasures');
  if (value === undefined) return [];
  const { value: measures, problem } = parseTierMeasures(value);
  if (problem) reader.error('TierMeasures', problem);
  return measures;
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
    placements: r.keys('Placements'),
    ...nynorskPart({
      title: r.optionalText('TitleNn'),
      role: r.optionalText('RoleNn'),
      mandate: r.optionalText('MandateNn'),
      tierMeasures: readNynorskJson(r, 'TierMeasuresNn', parseTierMeasures)
    })
  }),
  write: (s) => ({
    Title: s.title,
    ServiceKey: s.key,
    Role: s.role,
    Mandate: s.mandate,
    TierMeasures: JSON.stringify(s.tierMeasures),
    ...reachFields(s.reach),
    Placements: joinKeys(s.placements),
    TitleNn: s.nn?.title,
    RoleNn: s.nn?.role,
    MandateNn: s.nn?.mandate,
    TierMeasuresNn: s.nn?.tierMeasures?.length ? JSON.stringify(s.nn.tierMeasures) : undefined
  })
};
