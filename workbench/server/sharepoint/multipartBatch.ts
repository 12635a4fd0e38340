import { randomUUID } from 'node:crypto';
import type { ApiResponse } from '../http/ApiExchange';
import { STATUS_TEXT } from '../http/ApiExchange';
import { spErrors } from './SpError';

/** One request inside a SharePoint `$batch`: `METHOD <absolute url> HTTP/1.1`, its headers and body. */
export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary\s*=\s*"?([^";]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

/** Splits a multipart body on a boundary, returning each part's text (headers, blank line, content). */
function splitParts(body: string, boundary: string): string[] {
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of body.split(/\r?\n/)) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      if (trimmed.endsWith(`${boundary}--`)) return parts;
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) parts.push(current.join('\n'));
  return parts;
}

function readHeaders(lines: string[], start: number): { headers: Record<string, string>; next: number } {
  const headers: Record<string, string> = {};
  let i = start;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const colon = lines[i].indexOf(':');
    if (colon > 0) headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
  }
  return { headers, next: i + 1 };
}

function readHttpPart(text: string): BatchPart {
  const lines = text.split('\n');
  const outer = readHeaders(lines, 0);
  let i = outer.next;
  while (i < lines.length && lines[i].trim() === '') i++;
  const requestLine = /^([A-Z]+)\s+(\S+)\s+HTTP\/1\.[01]\s*$/i.exec(lines[i] ?? '');
  if (!requestLine) throw spErrors.badRequest('A part of the batch request has no valid request line.');
  const inner = readHeaders(lines, i + 1);
  const body = lines.slice(inner.next).join('\n').trim();
  return { method: requestLine[1].toUpperCase(), url: requestLine[2], headers: inner.headers, body };
}

/**
 * Parses SharePoint's OData `$batch` body as PnPjs v4 writes it: parts separated by `--batch_<id>`, writes
 * grouped in `multipart/mixed` change sets (`--changeset_<id>`), each part `application/http` with
 * `Content-Transfer-Encoding: binary` and an absolute URL. Lines may end in LF (PnPjs) or CRLF.
 */
export function parseBatch(contentType: string | undefined, body: string): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary || !/multipart\/mixed/i.test(contentType ?? '')) throw spErrors.badRequest('A batch request needs Content-Type multipart/mixed with a boundary.');
  const requests: BatchPart[] = [];
  for (const part of splitParts(body, boundary)) {
    const lines = part.split('\n');
    const { headers, next } = readHeaders(lines, 0);
    const changeSetBoundary = /multipart\/mixed/i.test(headers['content-type'] ?? '') ? boundaryOf(headers['content-type']) : undefined;
    if (changeSetBoundary) {
      for (const inner of splitParts(lines.slice(next).join('\n'), changeSetBoundary)) requests.push(readHttpPart(inner));
    } else if (part.trim() !== '') {
      requests.push(readHttpPart(part));
    }
  }
  return requests;
}

/**
 * Writes the multipart answer: one `application/http` part per request, in order, each with its own status
 * line, headers and body. Parts are not nested in change sets (SharePoint answers flat, and PnPjs expects it).
 */
export function formatBatchResponse(responses: ApiResponse[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const chunks: string[] = [];
  for (const response of responses) {
    chunks.push(`--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n`);
    chunks.push(`HTTP/1.1 ${response.status} ${STATUS_TEXT[response.status] ?? 'Unknown'}\r\n`);
    for (const [name, value] of Object.entries(response.headers)) chunks.push(`${name.toUpperCase()}: ${value}\r\n`);
    chunks.push('\r\n');
    if (response.body !== undefined && response.body !== '') chunks.push(`${response.body}\r\n`);
  }
  chunks.push(`--${boundary}--\r\n`);
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: chunks.join('') };
}
