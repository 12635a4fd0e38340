import { spErrors } from './SpError';

/** One segment of a REST path: `getByTitle('TB Rutiner')` → name `getbytitle`, argument `'TB Rutiner'`. */
export interface PathSegment {
  /** Lower case: SharePoint's REST paths are case-insensitive. */
  name: string;
  raw: string;
  /** The text inside the parentheses, percent-decoded, if any. */
  argument?: string;
}

/** Splits a percent-encoded path on "/" outside parentheses and quotes, decoding each segment. */
export function splitPath(path: string): PathSegment[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (const ch of path) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (ch === '/' && depth === 0 && !quoted) {
      if (current !== '') parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') parts.push(current);
  return parts.map((raw) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      throw spErrors.badRequest(`The path segment '${raw}' is not valid.`);
    }
    const match = /^([^(]+)(?:\(([\s\S]*)\))?$/.exec(decoded);
    if (!match) throw spErrors.resourceNotFound(decoded);
    return { name: match[1].toLowerCase(), raw: decoded, argument: match[2] };
  });
}

/** A quoted string argument, `'It''s'` → `It's`. */
export function stringArgument(segment: PathSegment): string {
  const arg = segment.argument ?? '';
  const match = /^\s*'([\s\S]*)'\s*$/.exec(arg);
  if (!match) throw spErrors.badRequest(`The argument of ${segment.raw} must be a quoted string.`);
  return match[1].replace(/''/g, "'");
}

/** A GUID argument: `guid'…'`, `'…'` or bare. */
export function guidArgument(segment: PathSegment): string {
  const match = /^\s*(?:guid)?'?\{?([0-9a-fA-F-]{36})\}?'?\s*$/.exec(segment.argument ?? '');
  if (!match) throw spErrors.badRequest(`The argument of ${segment.raw} must be a GUID.`);
  return match[1].toLowerCase();
}

export function integerArgument(segment: PathSegment): number {
  const match = /^\s*(\d+)\s*$/.exec(segment.argument ?? '');
  if (!match) throw spErrors.badRequest(`The argument of ${segment.raw} must be a number.`);
  return Number(match[1]);
}
