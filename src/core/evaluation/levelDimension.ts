import { BTI_DIMENSION } from '../guide/worryGuide';
import type { ModelDimension } from '../model/Dimension';

/**
 * The dimension evaluations are given per: BTI's levels 0–3 when the model has them (Levanger evaluates "på alle
 * 4 nivåene"), else the model's first dimension drawn as levels (Ørskog's kommune · etat · individ).
 */
export function levelDimension(dimensions: readonly ModelDimension[]): ModelDimension | undefined {
  return dimensions.find((d) => d.key === BTI_DIMENSION) ?? dimensions.find((d) => d.role === 'level');
}
