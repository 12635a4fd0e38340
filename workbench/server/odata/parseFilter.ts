import type { ComparisonOperator, FilterNode, FunctionCall, LiteralOperand, Operand } from './FilterExpression';

/** Thrown for a `$filter` the parser cannot read; each API turns it into its own 400 error. */
export class FilterSyntaxError extends Error {}

type Token =
  | { t: 'open' | 'close' | 'comma' }
  | { t: 'word'; v: string }
  | { t: 'literal'; v: LiteralOperand };

const OPERATORS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
const FUNCTIONS: readonly string[] = ['startswith', 'endswith', 'substringof', 'contains'];

function readQuoted(text: string, start: number): { value: string; end: number } {
  // start points at the opening quote; '' inside the literal is one quote (OData escaping)
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new FilterSyntaxError('Unterminated string literal');
    const c = text[i];
    if (c === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i++;
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      tokens.push({ t: 'open' });
      i++;
    } else if (c === ')') {
      tokens.push({ t: 'close' });
      i++;
    } else if (c === ',') {
      tokens.push({ t: 'comma' });
      i++;
    } else if (c === "'") {
      const { value, end } = readQuoted(text, i);
      tokens.push({ t: 'literal', v: { kind: 'literal', type: 'string', value } });
      i = end;
    } else {
      const match = /^[A-Za-z0-9_.\-/:+$@]+/.exec(text.slice(i));
      if (!match) throw new FilterSyntaxError(`Unexpected character '${c}' at position ${i}`);
      const word = match[0];
      i += word.length;
      const typed = /^(datetime|datetimeoffset|guid)$/i.exec(word);
      if (typed && text[i] === "'") {
        const { value, end } = readQuoted(text, i);
        i = end;
        tokens.push({ t: 'literal', v: { kind: 'literal', type: typed[1].toLowerCase() === 'guid' ? 'guid' : 'datetime', value } });
      } else if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?$/.test(word)) {
        tokens.push({ t: 'literal', v: { kind: 'literal', type: 'number', value: parseFloat(word) } });
      } else if (word === 'true' || word === 'false') {
        tokens.push({ t: 'literal', v: { kind: 'literal', type: 'boolean', value: word === 'true' } });
      } else if (word === 'null') {
        tokens.push({ t: 'literal', v: { kind: 'literal', type: 'null', value: null } });
      } else {
        tokens.push({ t: 'word', v: word });
      }
    }
  }
  return tokens;
}

class Parser {
  private position = 0;

  public constructor(private readonly tokens: Token[]) {}

  public parse(): FilterNode {
    const node = this.orExpression();
    if (this.position < this.tokens.length) throw new FilterSyntaxError('Unexpected text after the end of the expression');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isWord(value: string): boolean {
    const token = this.peek();
    return token?.t === 'word' && token.v.toLowerCase() === value;
  }

  private expect(t: 'open' | 'close' | 'comma'): void {
    const token = this.tokens[this.position++];
    if (token?.t !== t) throw new FilterSyntaxError(`Expected '${t === 'open' ? '(' : t === 'close' ? ')' : ','}'`);
  }

  private orExpression(): FilterNode {
    let left = this.andExpression();
    while (this.isWord('or')) {
      this.position++;
      left = { kind: 'or', left, right: this.andExpression() };
    }
    return left;
  }

  private andExpression(): FilterNode {
    let left = this.unary();
    while (this.isWord('and')) {
      this.position++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord('not')) {
      this.position++;
      return { kind: 'not', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): FilterNode {
    const token = this.peek();
    if (token?.t === 'open') {
      this.position++;
      const inner = this.orExpression();
      this.expect('close');
      return this.maybeComparison(inner);
    }
    const left = this.operand();
    const next = this.peek();
    if (next?.t === 'word' && OPERATORS.includes(next.v.toLowerCase())) {
      this.position++;
      return { kind: 'compare', op: next.v.toLowerCase() as ComparisonOperator, left, right: this.operand() };
    }
    if (left.kind === 'call') return left;
    throw new FilterSyntaxError('Expected a comparison operator (eq, ne, gt, ge, lt, le)');
  }

  /** `(startswith(Title,'a')) eq true` style: a parenthesised boolean compared with a literal. */
  private maybeComparison(inner: FilterNode): FilterNode {
    const next = this.peek();
    if (inner.kind === 'call' && next?.t === 'word' && (next.v === 'eq' || next.v === 'ne')) {
      this.position++;
      return { kind: 'compare', op: next.v, left: inner, right: this.operand() };
    }
    return inner;
  }

  private operand(): Operand {
    const token = this.tokens[this.position++];
    if (!token) throw new FilterSyntaxError('Unexpected end of the expression');
    if (token.t === 'literal') return token.v;
    if (token.t !== 'word') throw new FilterSyntaxError('Expected a field name or a value');
    const name = token.v.toLowerCase();
    if (FUNCTIONS.includes(name) && this.peek()?.t === 'open') {
      this.position++;
      const args: Operand[] = [this.operand()];
      while (this.peek()?.t === 'comma') {
        this.position++;
        args.push(this.operand());
      }
      this.expect('close');
      if (args.length !== 2) throw new FilterSyntaxError(`${name} takes two arguments`);
      return { kind: 'call', name: name as FunctionCall['name'], args };
    }
    if (/^(and|or|not|eq|ne|gt|ge|lt|le)$/i.test(token.v)) throw new FilterSyntaxError(`Unexpected keyword '${token.v}'`);
    return { kind: 'field', path: token.v };
  }
}

/** Parses an OData `$filter` expression: comparisons, and/or/not, parentheses and the text functions. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new FilterSyntaxError('The filter is empty');
  return new Parser(tokens).parse();
}
