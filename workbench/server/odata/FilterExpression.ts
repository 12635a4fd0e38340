/** The parsed form of an OData v3 `$filter`, shared by the SharePoint and Graph stand-ins. */

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type LiteralType = 'string' | 'number' | 'boolean' | 'null' | 'datetime' | 'guid';

export interface FieldOperand {
  kind: 'field';
  /** As written, e.g. `Title`, `ResponsibleServiceId`, `ResponsibleService/Title`. */
  path: string;
}

export interface LiteralOperand {
  kind: 'literal';
  type: LiteralType;
  value: string | number | boolean | null;
}

export interface FunctionCall {
  kind: 'call';
  name: 'startswith' | 'endswith' | 'substringof' | 'contains';
  args: Operand[];
}

export type Operand = FieldOperand | LiteralOperand | FunctionCall;

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: ComparisonOperator; left: Operand; right: Operand }
  | FunctionCall;

/** The field a text function tests and the text it looks for, whichever order the function takes them in. */
export function functionParts(call: FunctionCall): { field: Operand; text: Operand } {
  return call.name === 'substringof' ? { field: call.args[1], text: call.args[0] } : { field: call.args[0], text: call.args[1] };
}
