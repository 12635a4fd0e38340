import * as React from 'react';
import type { Arena } from '../../core/model/Arena';
import type { Routine } from '../../core/model/Routine';
import type { Service } from '../../core/model/Service';
import type { Tool } from '../../core/model/Tool';
import { useApp } from '../app/AppContext';

export interface ModelLookups {
  service(key: string | undefined): Service | undefined;
  tool(key: string): Tool | undefined;
  arena(key: string): Arena | undefined;
  routine(key: string): Routine | undefined;
}

/** Key → object maps over the current model, built once per model. */
export function useModelLookups(): ModelLookups {
  const { model } = useApp();
  return React.useMemo(() => {
    const services = new Map(model.services.map((s) => [s.key, s]));
    const tools = new Map(model.tools.map((t) => [t.key, t]));
    const arenas = new Map(model.arenas.map((a) => [a.key, a]));
    const routines = new Map(model.routines.map((r) => [r.key, r]));
    return {
      service: (key) => (key ? services.get(key) : undefined),
      tool: (key) => tools.get(key),
      arena: (key) => arenas.get(key),
      routine: (key) => routines.get(key)
    };
  }, [model]);
}
