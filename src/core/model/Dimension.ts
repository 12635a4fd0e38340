import type { LocalizedText } from '../i18n/Locale';

/**
 * A model dimension is one axis municipalities draw their model on: Ørskog's phases
 * (Førebygge · Avdekke · Handtere · Evaluere) and levels (kommune · etat · individ), BTI's levels 0–3,
 * Lier's tiers (universelle · selektive · indikative tiltak). Which dimensions exist, and their values,
 * is data: a municipality configures them.
 */
export interface DimensionValue {
  /** Stable identifier, unique within its dimension, e.g. "avdekke" or "0". */
  key: string;
  name: LocalizedText;
  description?: LocalizedText;
  order: number;
}

export type DimensionRole = 'phase' | 'level' | 'tier' | 'other';

export interface ModelDimension {
  /** Stable identifier, e.g. "phase", "bti", "tier". */
  key: string;
  /** How the overview draws it: phases as columns, levels as rows, tiers as bands. */
  role: DimensionRole;
  name: LocalizedText;
  values: DimensionValue[];
}

/** A position in the model: "this routine belongs to phase avdekke, BTI level 0". */
export interface Placement {
  dimension: string;
  value: string;
}

export function placementToToken(p: Placement): string {
  return `${p.dimension}:${p.value}`;
}

/** Parses "dimension:value"; returns undefined for anything else so callers can report it. */
export function placementFromToken(token: string): Placement | undefined {
  const match = /^([a-z0-9-]+):([a-z0-9-]+)$/.exec(token.trim());
  return match ? { dimension: match[1]!, value: match[2]! } : undefined; // both groups are in every match
}
