import { EVALUATION_QUESTIONS, type Evaluation } from '../../../../src/core/model/Evaluation';
import { LookupIndex } from '../../../../src/core/mapping/LookupIndex';
import { evaluationMapping } from '../../../../src/core/mapping/evaluationMapping';
import type { RawListItem } from '../../../../src/core/mapping/RawListItem';

/** Services skole (id 1) and barnevern (id 2), as the lookups of an evaluation list item. */
export function serviceLookups(): LookupIndex {
  const lookups = new LookupIndex();
  lookups.add('services', 1, 'skole');
  lookups.add('services', 2, 'barnevern');
  return lookups;
}

export function evaluation(patch: Partial<Evaluation> = {}): Evaluation {
  return { form: 'staff', level: '1', service: 'skole', period: '2026-03', scores: { heard: 4, change: 2 }, comment: '', ...patch };
}

/** An evaluation as SharePoint REST returns it, through the product's own mapping. */
export function rawItem(id: number, patch: Partial<Evaluation> = {}, rawPatch: Record<string, unknown> = {}): RawListItem {
  return { Id: id, ...evaluationMapping.write(evaluation(patch), serviceLookups()), ...rawPatch };
}

/** Items with every score set, deterministic, for volume tests and the benchmark. */
export function manyRawItems(count: number): RawListItem[] {
  const items: RawListItem[] = [];
  for (let i = 0; i < count; i++) {
    const scores: Evaluation['scores'] = {};
    EVALUATION_QUESTIONS.forEach((q, n) => (scores[q] = ((i + n) % 5) + 1));
    items.push(
      rawItem(i + 1, {
        form: i % 3 === 0 ? 'together' : 'staff',
        level: String(i % 4),
        service: i % 2 === 0 ? 'skole' : 'barnevern',
        period: `2026-${String((i % 12) + 1).padStart(2, '0')}`,
        scores,
        nextStep: i % 5 === 0 ? 'moveUp' : undefined
      })
    );
  }
  return items;
}
