import { functionParts, type FilterNode, type Operand } from './FilterExpression';

/** Resolves a field path of the record being tested; throw to reject an unknown field. */
export type FieldReader = (path: string) => unknown;

/** null or undefined: OData's null, whichever way a value came to be missing. */
function isNil(value: unknown): boolean {
  return value === null || value === undefined;
}

function normalize(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  return value;
}

function operandValue(operand: Operand, read: FieldReader): unknown {
  if (operand.kind === 'field') return read(operand.path);
  if (operand.kind === 'literal') return operand.value;
  return callValue(operand, read);
}

function callValue(call: Extract<Operand, { kind: 'call' }>, read: FieldReader): boolean {
  const { field, text } = functionParts(call);
  const haystack = operandValue(field, read);
  const needle = operandValue(text, read);
  if (typeof haystack !== 'string' || typeof needle !== 'string') return false;
  const h = haystack.toLowerCase();
  const n = needle.toLowerCase();
  if (call.name === 'startswith') return h.startsWith(n);
  if (call.name === 'endswith') return h.endsWith(n);
  return h.includes(n);
}

/**
 * Evaluates a filter against one in-memory record (lists, fields, directory users), comparing text without
 * regard to case as SharePoint's and Azure AD's collations do.
 */
export function evaluateFilter(node: FilterNode, read: FieldReader): boolean {
  switch (node.kind) {
    case 'and':
      return evaluateFilter(node.left, read) && evaluateFilter(node.right, read);
    case 'or':
      return evaluateFilter(node.left, read) || evaluateFilter(node.right, read);
    case 'not':
      return !evaluateFilter(node.operand, read);
    case 'call':
      return callValue(node, read);
    case 'compare': {
      let left = normalize(operandValue(node.left, read));
      let right = normalize(operandValue(node.right, read));
      if (typeof left === 'boolean' && typeof right === 'number') right = right !== 0;
      if (typeof right === 'boolean' && typeof left === 'number') left = left !== 0;
      if (node.op === 'eq') return left === right || (isNil(left) && isNil(right));
      if (node.op === 'ne') return !(left === right || (isNil(left) && isNil(right)));
      if (isNil(left) || isNil(right)) return false;
      const a = left as number | string;
      const b = right as number | string;
      if (node.op === 'gt') return a > b;
      if (node.op === 'ge') return a >= b;
      if (node.op === 'lt') return a < b;
      return a <= b;
    }
  }
}
