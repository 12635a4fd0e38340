import type { ModelDocument } from '../model/ModelDocument';
import type { ImportProblem } from './ImportProblem';

/** A reference from one collection's rows to another's keys, as a lookup column stores it. */
interface Reference {
  from: 'routines' | 'arenas' | 'contacts' | 'annualWheel';
  field: string;
  to: 'services' | 'arenas';
  keysOf(row: never): Array<string | undefined>;
}

const REFERENCES: readonly Reference[] = [
  { from: 'routines', field: 'responsibleService', to: 'services', keysOf: (r: { responsibleService?: string }) => [r.responsibleService] },
  { from: 'routines', field: 'audience', to: 'services', keysOf: (r: { audience: string[] }) => r.audience },
  { from: 'routines', field: 'arenas', to: 'arenas', keysOf: (r: { arenas: string[] }) => r.arenas },
  { from: 'arenas', field: 'services', to: 'services', keysOf: (r: { services: string[] }) => r.services },
  { from: 'contacts', field: 'service', to: 'services', keysOf: (r: { service?: string }) => [r.service] },
  { from: 'annualWheel', field: 'arena', to: 'arenas', keysOf: (r: { arena?: string }) => [r.arena] }
];

export interface ReferenceCheck {
  problems: ImportProblem[];
  /** Keys referred to but not defined, per target collection: validation gives them stand-in ids. */
  missing: Map<'services' | 'arenas', Set<string>>;
}

/**
 * Every reference between collections (the ones SharePoint stores as lookups) must name a row of the file:
 * reported by row and field, as "audience[1]" when it is one key of a list.
 */
export function checkReferences(doc: ModelDocument): ReferenceCheck {
  const problems: ImportProblem[] = [];
  const missing = new Map<'services' | 'arenas', Set<string>>([
    ['services', new Set()],
    ['arenas', new Set()]
  ]);
  const defined = { services: new Set(doc.services.map((s) => s.key)), arenas: new Set(doc.arenas.map((a) => a.key)) };
  for (const ref of REFERENCES) {
    const rows = doc[ref.from] as ReadonlyArray<{ key: string }>;
    rows.forEach((row, i) => {
      const keys = ref.keysOf(row as never);
      const single = keys.length === 1 && !Array.isArray((row as unknown as Record<string, unknown>)[ref.field]);
      keys.forEach((key, k) => {
        if (key === undefined || defined[ref.to].has(key)) return;
        (missing.get(ref.to) as Set<string>).add(key);
        problems.push({
          where: ref.from,
          row: i + 1,
          key: row.key,
          field: single ? ref.field : `${ref.field}[${k}]`,
          message: `names "${key}", which is not a key in ${ref.to} of this file`
        });
      });
    });
  }
  return { problems, missing };
}
