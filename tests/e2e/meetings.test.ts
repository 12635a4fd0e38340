import type { Browser } from 'playwright-core';
import { launchBrowser, openWorkbench, screenshot, WORKBENCH_URL } from './support/browser';
import { expectNoAxeViolations, closeAll } from './support/expectations';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The lead's events as Graph has them, straight from the workbench (the page's own token is not reachable). */
async function leadEvents(): Promise<Array<{ subject: string; sensitivity: string; isOnlineMeeting: boolean; body: { content: string } }>> {
  const token = ((await (await fetch(`${WORKBENCH_URL()}/workbench/token/lead`)).json()) as { access_token: string }).access_token;
  const response = await fetch(`${WORKBENCH_URL()}/graph/v1.0/me/events?$top=1000`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await response.json()) as { value: Array<{ subject: string; sensitivity: string; isOnlineMeeting: boolean; body: { content: string } }> }).value;
}

describe('booking a tverrfaglig møte', () => {
  it('as the team lead: from the arena, find times, pick the first, state the basis, book, see the join link', async () => {
    const opened = await openWorkbench(browser, { user: 'lead', hash: '#/arena/tverrfaglig-team' });
    const { page } = opened;
    const eventsBefore = (await leadEvents()).length;

    await page.getByText('Book møte', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Book møte: Tverrfaglig team' }).waitFor();
    expect(page.url()).toMatch(/#\/book\/tverrfaglig-team$/);
    // The default invitation: at most one contact per service of the arena (7 in the starter model), from the
    // model's own lists, all required, and the count in view before anything is booked.
    const count = page.getByText(/^Invitasjon sendes til \d+ personer?$/);
    await count.waitFor();
    const invited = Number(/(\d+)/.exec((await count.textContent()) ?? '')?.[1]);
    expect(invited).toBeGreaterThan(0);
    expect(invited).toBeLessThanOrEqual(7);
    await page.getByText('Forslaget er én kontakt per tjeneste på arenaen', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    const required = page.getByRole('checkbox', { name: /må delta$/ });
    expect(await required.count()).toBe(invited);
    for (let i = 0; i < invited; i++) expect(await required.nth(i).isChecked()).toBe(true);
    // One click makes someone optional.
    await required.nth(invited - 1).uncheck();

    // Widening is explicit: a colleague found by name.
    await page.getByRole('searchbox', { name: 'Legg til person' }).fill('Kari');
    await page.getByRole('button', { name: 'Legg til Kari Nilsen' }).click();
    await page.getByText(`Invitasjon sendes til ${invited + 1} personer`).waitFor();

    await page.getByRole('button', { name: 'Finn tidspunkt' }).click();
    const slotsHeading = page.getByRole('heading', { level: 2, name: 'Forslag til tidspunkt' });
    await slotsHeading.waitFor({ timeout: 30000 });
    // Focus moves to the results, so a keyboard or screen-reader user lands on them.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Forslag til tidspunkt');
    await page.locator('section[aria-labelledby="tb-book-slots"]').getByRole('radio').first().check();

    // An own subject with a name in it is flagged and blocks booking until edited or confirmed.
    await page.getByRole('switch', { name: 'Skriv eget emne' }).check();
    await page.getByRole('textbox', { name: 'Eget emne' }).fill('Oppfølging av jenta Kari');
    await page.getByText('Dette kan identifisere et barn').waitFor();
    await page.getByRole('radio', { name: 'Anonym drøfting' }).check();
    await page.getByRole('button', { name: 'Book møtet' }).click();
    await page.getByText('Endre teksten eller bekreft den før du booker.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tb-book-own-subject');
    await page.getByRole('textbox', { name: 'Eget emne' }).fill('Oppfølging');
    expect(await page.getByText('Dette kan identifisere et barn').count()).toBe(0);
    await screenshot(page, 'booking-details-nb');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Book møtet' }).click();
    await page.getByRole('heading', { name: 'Møtet er booket' }).waitFor({ timeout: 30000 });
    const join = page.getByRole('link', { name: 'Bli med i Teams-møtet' });
    expect(await join.getAttribute('href')).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(await page.getByRole('link', { name: 'Åpne i kalenderen' }).count()).toBe(1);
    await screenshot(page, 'booking-booked-nb');
    await expectNoAxeViolations(page);

    const events = await leadEvents();
    expect(events).toHaveLength(eventsBefore + 1);
    const booked = events.find((e) => e.subject === 'Oppfølging');
    expect(booked).toMatchObject({ sensitivity: 'private', isOnlineMeeting: true });
    expect(booked?.body.content).toContain('Grunnlag for å dele opplysninger: Anonym drøfting');
    expect(booked?.body.content).not.toContain('Kari');
    await closeAll(opened);
  });

  it('starts from a routine step that is a meeting, in Nynorsk, and works 320 px wide', async () => {
    const opened = await openWorkbench(browser, { user: 'lead', lang: 'nn', host: 'teams', hash: '#/routine/bti-niva-3-tverrfaglig' }, { width: 320, height: 640 });
    const { page } = opened;
    const book = page.getByText(/^Set opp møte: /).first();
    await book.waitFor();
    await book.click();
    await page.getByRole('heading', { level: 1, name: /^Set opp møte: / }).waitFor();
    await page.getByText('Dette er for teamleiarar og stafetthaldarar', { exact: false }).waitFor();
    await page.getByText(/^Invitasjonen blir sendt til \d+ personar?$/).waitFor();
    await page.getByText('Framlegget er éin kontakt per teneste på arenaen', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Finn tidspunkt' }).click();
    // The services' shared addresses have no calendar in the workbench: they count as free, with a warning.
    await page.getByRole('heading', { level: 2, name: 'Forslag til tidspunkt' }).waitFor({ timeout: 30000 });
    // Dates in Nynorsk, even though Chromium has no Nynorsk date names of its own.
    const firstSlot = await page.locator('section[aria-labelledby="tb-book-slots"] label').first().textContent();
    expect(firstSlot).toMatch(/^(måndag|tysdag|onsdag|torsdag|fredag) \d{1,2}\. [a-z]+ \d{2}:\d{2}–\d{2}:\d{2}/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main *'))
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .slice(0, 8)
        .map((e) => `${e.tagName}.${(e.getAttribute('class') ?? '').split(' ')[0]} ${Math.round(e.getBoundingClientRect().right)} "${(e.textContent ?? '').slice(0, 40)}"`)
    );
    expect({ overflow, wide }).toEqual({ overflow: expect.any(Number), wide: [] });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'booking-phone-320-nn');
    await expectNoAxeViolations(page);
    await closeAll(opened);
  });
});
