import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { demoUserPerson } from '../../workbench/server/graph/demoPeople';
import { ownWorkbench } from './support/ownWorkbench';

/**
 * Issue 17's booking in Chromium, on the shipped bundle, under the workbench's fault switch: 30 % of connections
 * dropped after the create was applied, plus 429/503 answers. A team lead books 5 meetings per seed and presses
 * "Prøv igjen" whenever told "not booked", "Sjekk igjen" whenever told "we do not know yet". Counted from the
 * workbench's own database: false "not booked" (the message while the event exists), duplicates (same
 * transactionId, or same subject and time), lost (told "booked" without exactly one event). Seeds as in
 * reliability.test.ts (RELIABILITY_SEEDS, default 17); the counts are printed.
 */
const SEEDS = (process.env.RELIABILITY_SEEDS ?? '17')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n));
const BOOKINGS = 5;

const BOOKED = 'Møtet er booket';
const NOT_BOOKED = 'Møtet ble ikke booket';
const UNKNOWN = 'Vi vet ikke ennå om møtet ble booket';

const own = ownWorkbench('tb-booking-reliability-');

interface StoredEvent {
  id: string;
  transactionId: string | null;
  startUtc: string;
  subject: string;
}

/** The lead's own (not seeded) events, read from the workbench's database: no request, so no fault. */
function leadEvents(): StoredEvent[] {
  return own.workbench.db
    .prepare("SELECT id, transaction_id AS transactionId, start_utc AS startUtc, json_extract(resource, '$.subject') AS subject FROM events WHERE seeded = 0 AND organizer_oid = ?")
    .all(demoUserPerson('lead').id) as unknown as StoredEvent[];
}

/** How the creates fared on the wire, from the workbench's request log (one tab-separated line per request). */
function createsOnTheWire(from: number): { sent: number; droppedAfterWrite: number; refused: number } {
  const lines = readFileSync(own.workbench.requestLogFile, 'utf8').slice(from).split('\n').map((line) => line.split('\t'));
  const creates = lines.filter(([, , method, path]) => method === 'POST' && path === '/graph/v1.0/me/events');
  return { sent: creates.length, droppedAfterWrite: creates.filter((l) => l[4].startsWith('dropped-after')).length, refused: creates.filter((l) => /^(429|503)$/.test(l[4])).length };
}

async function outcome(page: Page): Promise<'booked' | 'notBooked' | 'unknown'> {
  const heading = (name: string): Promise<void> => page.locator('#wb-webpart').getByRole('heading', { name, exact: true }).waitFor({ timeout: 240000 });
  return Promise.race([heading(BOOKED).then(() => 'booked' as const), heading(NOT_BOOKED).then(() => 'notBooked' as const), heading(UNKNOWN).then(() => 'unknown' as const)]);
}

describe.each(SEEDS)('booking in Chromium under drop-after 30 % and 429/503 (seed %i)', (seed) => {
  it(`${BOOKINGS} bookings, "Prøv igjen" on failure: no false "not booked", no duplicate, none lost`, async () => {
    const page = await own.openAs('lead', '#/book/tverrfaglig-team');
    const part = page.locator('#wb-webpart');
    await part.getByRole('button', { name: 'Finn tidspunkt' }).waitFor();
    // The seeded calendars are full: half-hour meetings over eight weeks leave room for every booking of the run.
    await part.getByRole('radio', { name: '30 minutter' }).check();
    await part.getByLabel('Let etter tid de neste').selectOption('8');
    const logStart = readFileSync(own.workbench.requestLogFile, 'utf8').length;
    const counts = { operations: 0, presses: 0, falseNotBooked: 0, notBooked: 0, unknown: 0, duplicates: 0, lost: 0 };
    for (let i = 0; i < BOOKINGS; i++) {
      counts.operations++;
      const before = new Set(leadEvents().map((e) => e.id));
      const newEvents = (): StoredEvent[] => leadEvents().filter((e) => !before.has(e.id));
      // Finding a time is not under test here: the storm starts when the organizer presses "Book".
      await part.getByRole('button', { name: 'Finn tidspunkt' }).click();
      await part.getByRole('heading', { level: 2, name: 'Forslag til tidspunkt' }).waitFor({ timeout: 60000 });
      await part.locator('section[aria-labelledby="tb-book-slots"]').getByRole('radio').first().check();
      await part.getByRole('radio', { name: 'Anonym drøfting' }).check();
      own.setFaults({ dropRate: 0.3, dropPhase: 'after', rate: 0.15, statuses: [429, 503], retryAfter: 1, seed: seed * 100 + i });
      let booked = false;
      try {
        let next = part.getByRole('button', { name: 'Book møtet' });
        for (let press = 0; press < 10 && !booked; press++) {
          counts.presses++;
          await next.click();
          const told = await outcome(page);
          if (told === 'booked') booked = true;
          else if (told === 'notBooked') {
            counts.notBooked++;
            if (newEvents().length > 0) counts.falseNotBooked++;
            next = part.getByRole('button', { name: 'Prøv igjen' });
          } else {
            counts.unknown++;
            next = part.getByRole('button', { name: 'Sjekk igjen' });
          }
        }
      } finally {
        own.setFaults({});
      }
      const made = newEvents();
      if (booked && made.length === 0) counts.lost++;
      if (made.length > 1) counts.duplicates += made.length - 1;
      expect(booked).toBe(true);
      await part.getByRole('button', { name: 'Book et nytt møte' }).click();
    }
    // Across the run too: one event per transactionId, and never two at the same time with the same subject.
    const all = leadEvents();
    const twice = (key: (e: StoredEvent) => string): number => all.length - new Set(all.map(key)).size;
    counts.duplicates = Math.max(counts.duplicates, twice((e) => e.transactionId ?? e.id), twice((e) => `${e.subject}@${e.startUtc}`));
    const wire = createsOnTheWire(logStart);
    console.log(
      `reliability e2e seed ${seed}, booking: operations ${counts.operations}, presses ${counts.presses}, creates sent ${wire.sent} (dropped after the write ${wire.droppedAfterWrite}, 429/503 ${wire.refused}), "not booked" shown ${counts.notBooked} (false ${counts.falseNotBooked}), "not known yet" shown ${counts.unknown}, duplicates ${counts.duplicates}, lost ${counts.lost}`
    );
    // The storm must have reached the creates, or the run proves nothing.
    expect(wire.droppedAfterWrite).toBeGreaterThan(0);
    expect({ operations: counts.operations, falseNotBooked: counts.falseNotBooked, duplicates: counts.duplicates, lost: counts.lost }).toEqual({ operations: BOOKINGS, falseNotBooked: 0, duplicates: 0, lost: 0 });
    await page.context().close();
  }, 1800000);
});

describe('when every answer is lost, the read-back settles the outcome in Chromium', () => {
  it.each([
    ['after', 'Møtet er booket', 1],
    ['before', 'Møtet ble ikke booket', 0]
  ] as const)('connections dropped %s the write: "not known yet" (never "not booked"); "Sjekk igjen" then says %s', async (phase, afterCheck, events) => {
    const page = await own.openAs('lead', '#/book/tverrfaglig-team');
    const part = page.locator('#wb-webpart');
    await part.getByRole('radio', { name: '30 minutter' }).check();
    await part.getByLabel('Let etter tid de neste').selectOption('8');
    await part.getByRole('button', { name: 'Finn tidspunkt' }).click();
    await part.getByRole('heading', { level: 2, name: 'Forslag til tidspunkt' }).waitFor({ timeout: 60000 });
    await part.locator('section[aria-labelledby="tb-book-slots"]').getByRole('radio').first().check();
    await part.getByRole('radio', { name: 'Anonym drøfting' }).check();
    const before = new Set(leadEvents().map((e) => e.id));
    own.setFaults({ dropRate: 1, dropPhase: phase, seed: 1 });
    try {
      await part.getByRole('button', { name: 'Book møtet' }).click();
      expect(await outcome(page)).toBe('unknown');
    } finally {
      own.setFaults({});
    }
    const made = leadEvents().filter((e) => !before.has(e.id));
    expect(made).toHaveLength(events);
    await part.getByRole('button', { name: 'Sjekk igjen' }).click();
    await part.getByRole('heading', { name: afterCheck, exact: true }).waitFor({ timeout: 60000 });
    if (events === 0) {
      // Known not booked: trying again (same transactionId) books it once.
      await part.getByRole('button', { name: 'Prøv igjen' }).click();
      await part.getByRole('heading', { name: BOOKED, exact: true }).waitFor({ timeout: 60000 });
    }
    expect(leadEvents().filter((e) => !before.has(e.id))).toHaveLength(1);
    await page.context().close();
  }, 300000);
});
