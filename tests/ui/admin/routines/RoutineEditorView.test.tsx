import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Routine } from '../../../../src/core/model/Routine';
import { fakeProductServices, type FakeProductServices } from '../../../support/fakeProductServices';
import { openApp } from '../../../support/renderApp';
import { tinyModelDocument } from '../../../unit/core/tinyModel';

// The routine editor as an admin reaches it: the whole app at "#/admin/routine/<key>", the admin chunk loaded
// on demand, the routines list in memory with ETags (tests/support/fakeProductServices.ts).

afterEach(() => {
  window.location.hash = '';
});

/** The tiny model with a third routine that is still a draft, and the urgent one as given. */
function withDraft(urgentStatus: 'published' | 'draft' = 'published'): ReturnType<typeof tinyModelDocument> {
  const doc = tinyModelDocument();
  doc.routines.push({
    key: 'utkast',
    title: 'Samtale med barnet',
    summary: 'Slik snakker du med barnet',
    steps: [{ what: 'Lytt', how: '', who: 'Du', tools: [], deadline: '' }],
    legalBasis: '',
    owner: 'Rektor',
    status: 'draft',
    placements: [],
    arenas: [],
    audience: [],
    urgent: false
  });
  const urgent = doc.routines.find((r) => r.key === 'vold');
  if (urgent) urgent.status = urgentStatus;
  return doc;
}

async function openEditor(services: FakeProductServices, key: string, title: string): Promise<HTMLElement> {
  openApp(services, { hash: `#/admin/routine/${key}` });
  const heading = await screen.findByRole('heading', { level: 2, name: `Rediger rutine: ${title}` });
  return heading.closest('article') as HTMLElement;
}

const saveButton = (): HTMLElement => screen.getByRole('button', { name: 'Lagre' });
const titleInput = (): HTMLInputElement => screen.getByRole('textbox', { name: /^Tittel(?! \(nynorsk\))/ }) as HTMLInputElement;
const routineId = (services: FakeProductServices, key: string): number => services.model.routines.find((r) => r.key === key)?.id as number;
const sentDraft = (services: FakeProductServices, call = 0): Routine => services.adminServices.routines.save.mock.calls[call][1];
const sentFields = (services: FakeProductServices, call = 0): readonly string[] => services.adminServices.routines.save.mock.calls[call][2];

describe('the admin routine list', () => {
  it('lists every routine with its status, drafts too, and opens one in the editor', async () => {
    const services = fakeProductServices({ document: withDraft(), canEdit: true });
    openApp(services, { hash: '#/admin' });
    const table = await screen.findByRole('table', { name: 'Rutiner med status, eier, neste gjennomgang og siste endring' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Sorted by title; the draft is there with its status, which staff never see.
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Mistanke om vold', 'Samtale med barnet', 'Uro for et barn']);
    expect(within(rows[1]).getByText('Utkast')).toBeTruthy();
    expect(within(rows[2]).getByText('Publisert')).toBeTruthy();
    expect(rows[2].textContent).toContain('Rita Rådgiver');
    expect(services.modelStore.loadModel).toHaveBeenCalledWith({ includeDrafts: true });
    // The section navigation marks where the admin is.
    const sections = screen.getByRole('navigation', { name: 'Administrasjon' });
    expect(within(sections).getByRole('link', { name: 'Rutiner' }).getAttribute('aria-current')).toBe('page');

    const edit = within(rows[2]).getByRole('link', { name: 'Rediger Uro for et barn' });
    expect(edit.getAttribute('href')).toBe('#/admin/routine/niva-0');
    act(() => {
      window.location.hash = edit.getAttribute('href') as string;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { name: 'Rediger rutine: Uro for et barn' })).toBeTruthy();
    // The workspace is loaded once per visit, not again for the editor.
    expect(services.admin.load).toHaveBeenCalledTimes(1);
  });

  it('tells staff the admin part is not for them, and loads nothing of it', async () => {
    const services = fakeProductServices({ canEdit: false });
    openApp(services, { hash: '#/admin/routine/niva-0' });
    expect(await screen.findByText('Denne delen er for prosjektgruppa. Du har ikke rettighet til å endre modellen i SharePoint.')).toBeTruthy();
    expect(services.admin.load).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox', { name: /^Tittel(?! \(nynorsk\))/ })).toBeNull();
  });

  it('says when the model cannot be read for editing, and reads it again on "try again"', async () => {
    const services = fakeProductServices({ canEdit: true });
    services.admin.load.mockRejectedValueOnce(new Error('503'));
    openApp(services, { hash: '#/admin' });
    expect(await screen.findByText('Kunne ikke hente modellen fra SharePoint.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('table', { name: /^Rutiner med status/ })).toBeTruthy();
    expect(services.admin.load).toHaveBeenCalledTimes(2);
  });
});

describe('editing a routine', () => {
  it('saves only the title the admin changed, with the ETag it loaded, and staff then see the new title', async () => {
    const services = fakeProductServices({ canEdit: true });
    const id = routineId(services, 'niva-0');
    const article = await openEditor(services, 'niva-0', 'Uro for et barn');
    expect(within(article).getByText(/Sist endret .* av Rita Rådgiver\./)).toBeTruthy();
    const history = await within(article).findByRole('link', { name: 'Versjonshistorikk i SharePoint' });
    expect(history.getAttribute('href')).toContain(`ID=${id}`);

    fireEvent.change(titleInput(), { target: { value: 'Uro for et barn i barnehagen' } });
    expect(screen.getByText('Du har endringer som ikke er lagret.')).toBeTruthy();
    // The preview shows staff's view of the draft as it is typed.
    expect(screen.getByRole('heading', { name: 'Forhåndsvisning: slik ser ansatte rutinen' })).toBeTruthy();
    fireEvent.click(saveButton());

    expect(await screen.findByText('Endringene er lagret.')).toBeTruthy();
    const save = services.adminServices.routines.save;
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0].etag).toBe(`"${id},1"`);
    expect(sentDraft(services).title).toBe('Uro for et barn i barnehagen');
    expect(sentFields(services)).toEqual(['title']);
    expect(screen.getByRole('heading', { name: 'Rediger rutine: Uro for et barn i barnehagen' })).toBeTruthy();
    // The app reads the staff model again, so the routine's own page shows what staff now see.
    await waitFor(() => expect(services.modelStore.loadModel).toHaveBeenCalledTimes(3));
    act(() => {
      window.location.hash = '#/routine/niva-0';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Uro for et barn i barnehagen' })).toBeTruthy();
  });

  it('says there is nothing to save before anything changed, and puts an edit back on "discard"', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openEditor(services, 'niva-0', 'Uro for et barn');
    fireEvent.click(saveButton());
    expect(await screen.findByText('Ingen endringer å lagre.')).toBeTruthy();
    fireEvent.change(titleInput(), { target: { value: 'Noe annet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Forkast endringene' }));
    expect(titleInput().value).toBe('Uro for et barn');
    expect(screen.queryByText('Du har endringer som ikke er lagret.')).toBeNull();
    expect(services.adminServices.routines.save).not.toHaveBeenCalled();
  });

  it('refuses an empty title and a step without "what", names the problems, and sends nothing', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openEditor(services, 'niva-0', 'Uro for et barn');
    fireEvent.change(titleInput(), { target: { value: '' } });
    const [firstWhat] = screen.getAllByRole('textbox', { name: /^Hva(?! \(nynorsk\))/ });
    fireEvent.change(firstWhat, { target: { value: '' } });
    expect(screen.getByText('Må fylles ut.')).toBeTruthy();
    expect(screen.getByText('Trinnet må si hva som skal gjøres.')).toBeTruthy();
    fireEvent.click(saveButton());
    expect(await screen.findByText('Rett de 2 feilene før du lagrer.')).toBeTruthy();
    expect(services.adminServices.routines.save).not.toHaveBeenCalled();
  });

  it('adds, moves and removes steps, with focus following the step', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openEditor(services, 'niva-0', 'Uro for et barn');
    expect(screen.getByText('Trinn 1 av 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Legg til trinn' }));
    expect(screen.getByText('Trinn 3 av 3')).toBeTruthy();
    const whats = (): HTMLInputElement[] => screen.getAllByRole('textbox', { name: /^Hva(?! \(nynorsk\))/ }) as HTMLInputElement[];
    // The new step's first field has the focus, ready to type.
    expect(document.activeElement).toBe(whats()[2]);
    fireEvent.change(whats()[2], { target: { value: 'Snakk med leder' } });
    // Tools are chosen per step.
    const tools = screen.getByRole('group', { name: 'Verktøy, Trinn 3 av 3' });
    fireEvent.click(within(tools).getByRole('checkbox', { name: 'Uro for barn' }));
    expect(screen.getAllByText('Verktøy (1 valgt)')).toHaveLength(2);

    const stepThree = screen.getByText('Trinn 3 av 3').closest('fieldset') as HTMLElement;
    fireEvent.click(within(stepThree).getByRole('button', { name: 'Flytt opp' }));
    expect(whats().map((i) => i.value)).toEqual(['Gjør uroen konkret', 'Snakk med leder', 'Bestem videre']);
    // The moved step's "move up" has the focus, so the keyboard keeps its place.
    expect(document.activeElement?.textContent).toBe('Flytt opp');
    expect(document.activeElement?.closest('fieldset')?.textContent).toContain('Trinn 2 av 3');

    const stepOne = screen.getByText('Trinn 1 av 3').closest('fieldset') as HTMLElement;
    fireEvent.click(within(stepOne).getByRole('button', { name: 'Fjern trinnet' }));
    expect(whats().map((i) => i.value)).toEqual(['Snakk med leder', 'Bestem videre']);
    expect(screen.getByText('Du har endringer som ikke er lagret.')).toBeTruthy();
    expect(services.adminServices.routines.save).not.toHaveBeenCalled();
  });

  it('saves the steps that are left after one is removed', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openEditor(services, 'niva-0', 'Uro for et barn');
    const stepOne = screen.getByText('Trinn 1 av 2').closest('fieldset') as HTMLElement;
    fireEvent.click(within(stepOne).getByRole('button', { name: 'Fjern trinnet' }));
    fireEvent.click(saveButton());
    await screen.findByText('Endringene er lagret.');
    expect(sentFields(services)).toEqual(['steps']);
    expect(sentDraft(services).steps.map((s) => s.what)).toEqual(['Bestem videre']);
  });

  it('says so when SharePoint refuses the save or does not answer', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openEditor(services, 'niva-0', 'Uro for et barn');
    services.adminServices.routines.save.mockResolvedValueOnce({ kind: 'failed', reason: 'denied' });
    fireEvent.change(titleInput(), { target: { value: 'Ny tittel' } });
    fireEvent.click(saveButton());
    expect(await screen.findByText('SharePoint avviste endringen: du har ikke rettighet til å endre dette. Ingenting er lagret.')).toBeTruthy();
    services.adminServices.routines.save.mockRejectedValueOnce(new Error('network'));
    fireEvent.click(saveButton());
    expect(await screen.findByText('SharePoint svarte ikke. Ingenting er lagret; prøv igjen om litt.')).toBeTruthy();
    // The edit is still there to save again.
    expect(titleInput().value).toBe('Ny tittel');
  });

  it('asks before saving a text that looks like it is about a child, and saves only once the admin confirms', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openEditor(services, 'niva-0', 'Uro for et barn');
    fireEvent.change(screen.getByRole('textbox', { name: 'Sammendrag' }), { target: { value: 'Emma (7) i 2C virket lei seg' } });
    fireEvent.click(saveButton());
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('Dette kan være opplysninger om et barn');
    expect(warning.textContent).toContain('Emma');
    expect(services.adminServices.routines.save).not.toHaveBeenCalled();
    services.adminServices.routines.save.mockResolvedValueOnce({ kind: 'failed', reason: 'invalid' });
    fireEvent.click(within(warning).getByRole('button', { name: 'Send likevel – det er ikke opplysninger om et barn' }));
    expect(await screen.findByText('SharePoint avviste verdiene. Ingenting er lagret.')).toBeTruthy();
    expect(sentFields(services)).toEqual(['summary']);
  });

  it('shows a routine key that is not in the list as not found, with the way back', async () => {
    const services = fakeProductServices({ canEdit: true });
    openApp(services, { hash: '#/admin/routine/finnes-ikke' });
    expect(await screen.findByText(/Fant ikke rutinen\. Den kan være slettet i listen\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tilbake til rutinene' }).getAttribute('href')).toBe('#/admin');
  });
});

describe('someone else saved meanwhile', () => {
  async function conflictAfterMyTitle(services: FakeProductServices): Promise<void> {
    await openEditor(services, 'niva-0', 'Uro for et barn');
    services.adminServices.routines.changeBySomeoneElse(routineId(services, 'niva-0'), { summary: 'Deres sammendrag' });
    fireEvent.change(titleInput(), { target: { value: 'Min tittel' } });
    fireEvent.click(saveButton());
    await screen.findByRole('heading', { name: 'Noen andre har lagret rutinen mens du redigerte' });
  }

  it('overwrites nothing, shows both versions, and "keep mine" writes my field over theirs with their ETag', async () => {
    const services = fakeProductServices({ canEdit: true });
    await conflictAfterMyTitle(services);
    expect(screen.getByText(/Per Prosjektleder lagret en nyere versjon/)).toBeTruthy();
    const compared = screen.getByRole('table', { name: 'Felt der din versjon og den lagrede versjonen er ulike' });
    expect(within(compared).getByText('Min tittel')).toBeTruthy();
    expect(within(compared).getByText('Deres sammendrag')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Behold min versjon' }));
    expect(await screen.findByText('Din versjon er lagret over den nyere.')).toBeTruthy();
    const save = services.adminServices.routines.save;
    expect(save).toHaveBeenCalledTimes(2);
    const [theirs, merged, fields] = save.mock.calls[1];
    expect(theirs.editor).toBe('Per Prosjektleder');
    expect(fields).toEqual(['title']);
    // Their summary stays; my title wins.
    expect(merged).toMatchObject({ title: 'Min tittel', summary: 'Deres sammendrag' });
    expect(screen.queryByRole('heading', { name: 'Noen andre har lagret rutinen mens du redigerte' })).toBeNull();
  });

  it('"use the saved version" drops my edit and shows theirs, writing nothing', async () => {
    const services = fakeProductServices({ canEdit: true });
    await conflictAfterMyTitle(services);
    fireEvent.click(screen.getByRole('button', { name: 'Bruk den lagrede versjonen' }));
    expect(await screen.findByText('Endringene dine er forkastet. Du ser nå den lagrede versjonen.')).toBeTruthy();
    expect(titleInput().value).toBe('Uro for et barn');
    expect((screen.getByRole('textbox', { name: 'Sammendrag' }) as HTMLTextAreaElement).value).toBe('Deres sammendrag');
    expect(services.adminServices.routines.save).toHaveBeenCalledTimes(1);
  });
});

describe('publishing and unpublishing', () => {
  it('publishes a draft, which then shows as published', async () => {
    const services = fakeProductServices({ document: withDraft(), canEdit: true });
    const article = await openEditor(services, 'utkast', 'Samtale med barnet');
    expect(within(article).getByText('Rutinen er et utkast. Ansatte ser den først når den er publisert.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publiser' }));
    expect(await screen.findByText('Rutinen er publisert og vises nå for ansatte.')).toBeTruthy();
    expect(sentFields(services)).toEqual(['status']);
    expect(sentDraft(services).status).toBe('published');
    expect(screen.getByRole('button', { name: 'Gjør om til utkast' })).toBeTruthy();
  });

  it('refuses to publish an urgent routine while an emergency number is a placeholder, and says where to fix it', async () => {
    const services = fakeProductServices({ document: withDraft('draft'), canEdit: true });
    await openEditor(services, 'vold', 'Mistanke om vold');
    fireEvent.click(screen.getByRole('button', { name: 'Publiser' }));
    const refusal = await screen.findByTestId('publish-refused');
    expect(refusal.textContent).toContain('Rutinen kan ikke publiseres mens 3 nødnumre fortsatt er plassholdere.');
    expect(within(refusal).getByRole('link', { name: 'Se hva som mangler' }).getAttribute('href')).toBe('#/admin/readiness');
    expect(services.adminServices.routines.save).not.toHaveBeenCalled();
  });

  it('asks twice before making the urgent routine a draft, names what staff lose, and offers undo', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openEditor(services, 'vold', 'Mistanke om vold');
    fireEvent.click(screen.getByRole('button', { name: 'Gjør om til utkast' }));
    const first = screen.getByTestId('unpublish-first');
    expect(within(first).getByRole('heading', { name: 'Gjøre «Mistanke om vold» om til utkast?' })).toBeTruthy();
    expect(first.textContent).toContain('rutinen i søk, oversikten og «For meg»');
    // Cancel asks nothing of SharePoint.
    fireEvent.click(within(first).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByTestId('unpublish-first')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Gjør om til utkast' }));
    fireEvent.click(within(screen.getByTestId('unpublish-first')).getByRole('button', { name: 'Gjør om til utkast' }));
    const second = screen.getByTestId('unpublish-second');
    expect(second.textContent).toContain('Dette er en hastende rutine for vold og overgrep.');
    expect(services.adminServices.routines.save).not.toHaveBeenCalled();
    fireEvent.click(within(second).getByRole('button', { name: 'Ja, gjør om til utkast' }));

    expect(await screen.findByText('Rutinen er et utkast og vises ikke lenger for ansatte.')).toBeTruthy();
    expect(sentDraft(services).status).toBe('draft');
    // Undo publishes it again, even while the emergency number is still a placeholder: it restores what was there.
    fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
    expect(await screen.findByText('Rutinen er publisert igjen.')).toBeTruthy();
    expect(sentDraft(services, 1).status).toBe('published');
  });
});
