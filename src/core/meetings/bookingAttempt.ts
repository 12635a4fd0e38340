import type { MeetingEventDraft, MeetingEventRequest } from './meetingEvent';

/**
 * One press of "Book", and every retry of it. The transactionId is made once per attempt and sent with every
 * retry, so a create whose answer was lost (a dropped connection, a 503 after the write) is recognized by Graph
 * and answered with the event it already made instead of a second one.
 *
 * A new attempt (and a new id) starts only when what is being booked changes: another time, other people, another
 * subject. Retrying the same booking, from the product's retry or the organizer's "Try again", reuses the id.
 */
export interface BookingAttempt {
  transactionId: string;
  /** What was being booked, so an unchanged booking keeps its id. */
  fingerprint: string;
  event: MeetingEventRequest;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A version 4 UUID from 16 random bytes (the caller owns the randomness: crypto.getRandomValues). */
export function uuidFromRandomBytes(bytes: Uint8Array): string {
  if (bytes.length < 16) throw new RangeError('A UUID needs 16 random bytes');
  const b = Array.from(bytes.slice(0, 16));
  // b has 16 bytes (checked above).
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function isTransactionId(value: string): boolean {
  return UUID.test(value);
}

/** A stable text for what a draft books: same draft, same fingerprint, whatever order its keys were written in. */
export function bookingFingerprint(draft: MeetingEventDraft): string {
  return canonicalJson(draft);
}

/**
 * The attempt for booking `draft`: the previous one if it booked exactly this (a retry), otherwise a new one with
 * a fresh id from `newTransactionId`.
 */
export function bookingAttemptFor(draft: MeetingEventDraft, previous: BookingAttempt | undefined, newTransactionId: () => string): BookingAttempt {
  const fingerprint = bookingFingerprint(draft);
  if (previous && previous.fingerprint === fingerprint) return previous;
  const transactionId = newTransactionId();
  if (!isTransactionId(transactionId)) throw new RangeError(`Not a version 4 UUID: "${transactionId}"`);
  return { transactionId, fingerprint, event: { ...draft, transactionId } };
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
