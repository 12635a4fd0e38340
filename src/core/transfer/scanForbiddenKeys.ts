import { FORBIDDEN_KEYS, MAX_IMPORT_DEPTH } from './importLimits';

export interface StructureFinding {
  path: string;
  message: string;
}

/**
 * Walks a parsed file (without recursion, so no file can exhaust the stack) for keys that could reach a
 * prototype and for nesting deeper than any model document has.
 */
export function scanForbiddenKeys(root: unknown): StructureFinding[] {
  const findings: StructureFinding[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_IMPORT_DEPTH) {
      findings.push({ path, message: `is nested more than ${MAX_IMPORT_DEPTH} levels deep; a model document never is` });
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.includes(key)) {
        findings.push({ path: childPath, message: `uses the reserved name "${key}", which a model document never has` });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
    }
  }
  return findings.reverse();
}
