import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ImportPlan } from '../../../../src/core/transfer/planImport';
import type { ImportProgress } from '../../../../src/data/ports/admin/ModelTransfer';
import { fakeProductServices, type FakeProductServices } from '../../../support/fakeProductServices';
import { openApp } from '../../../support/renderApp';
import { tinyModelDocument } from '../../../unit/core/tinyModel';

// Export and import as the project group uses them: the whole app at "#/admin/transfer" over in-memory services.

const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;
let created: jest.Mock<string, [Blob]>;
beforeEach(() => {
  // jsdom has no object URLs; the download itself is the browser's.
  created = jest.fn((_blob: Blob) => 'blob:trygge-barn');
  URL.createObjectURL = created as unknown as typeof URL.createObjectURL;
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
  jest.restoreAllMocks();
  window.location.hash = '';
});

async function openTransfer(services: FakeProductServices): Promise<void> {
  openApp(services, { hash: '#/admin/transfer' });
  await screen.findByRole('heading', { level: 3, name: 'Importer en modell' });
}

/** Chooses a file in the import's file field, as the admin does. */
function choose(text: string, name = 'modell.json'): void {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(file, 'text', { value: async () => text });
  fireEvent.change(screen.getByLabelText('Modellfil (.json)'), { target: { files: [file] } });
}

const PLAN: ImportPlan = {
  writes: [{ list: 'routines', kind: 'update', ref: 'niva-0', id: 1, values: { Title: 'Ny tittel' }, previous: { Title: 'Uro for et barn' }, etag: '"1,1"' }],
  summary: [{ list: 'routines', title: 'TB Rutiner', create: 0, update: 1, unchanged: 1, onlyOnSite: ['gammel-rutine'] }]
};

describe('export', () => {
  it('downloads the whole model as the documented JSON and says under which name', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openTransfer(services);
    fireEvent.click(screen.getByRole('button', { name: 'Last ned modellen' }));
    expect(await screen.findByText(/^Modellen er lastet ned som trygge-barn-modell-\d{4}-\d{2}-\d{2}\.json\./)).toBeTruthy();
    expect(services.adminServices.transfer.exportModel).toHaveBeenCalledTimes(1);
    const blob = created.mock.calls[0][0];
    expect(blob.type).toBe('application/json');
  });

  it('says when SharePoint could not give the model', async () => {
    const services = fakeProductServices({ canEdit: true });
    services.adminServices.transfer.exportModel.mockRejectedValueOnce(new Error('503'));
    await openTransfer(services);
    fireEvent.click(screen.getByRole('button', { name: 'Last ned modellen' }));
    expect(await screen.findByText('SharePoint svarte ikke. Ingenting er lagret; prøv igjen om litt.')).toBeTruthy();
    expect(created).not.toHaveBeenCalled();
  });
});

describe('import', () => {
  it('refuses a file that is not JSON, lists the problem, and asks SharePoint nothing', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openTransfer(services);
    choose('{ dette er ikke json');
    expect(await screen.findByText('Filen har 1 feil')).toBeTruthy();
    expect(screen.getByText('Ingenting er endret. Rett filen og prøv igjen.')).toBeTruthy();
    const problems = screen.getByRole('table', { name: 'Feil i filen, etter del, rad og felt' });
    expect(within(problems).getAllByRole('row')).toHaveLength(2);
    expect(services.adminServices.transfer.prepareImport).not.toHaveBeenCalled();
  });

  it('names each problem of a model file by part, row and field', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openTransfer(services);
    const doc = tinyModelDocument();
    doc.routines[1].nextReview = '2026-02-30';
    choose(JSON.stringify(doc));
    const problems = await screen.findByRole('table', { name: 'Feil i filen, etter del, rad og felt' });
    const cells = within(problems).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toContain('nextReview');
    expect(cells.join(' ')).toContain('må være en dato som finnes');
    expect(services.adminServices.transfer.prepareImport).not.toHaveBeenCalled();
  });

  it('refuses a file that would publish a routine while an emergency number is a placeholder', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openTransfer(services);
    const doc = tinyModelDocument();
    doc.routines.push({ ...doc.routines[0], key: 'ny-rutine', title: 'En ny rutine' });
    choose(JSON.stringify(doc));
    expect(await screen.findByText(/Filen publiserer modellen, men 3 nødnumre og kontakter/)).toBeTruthy();
    expect(services.adminServices.transfer.prepareImport).not.toHaveBeenCalled();
  });

  it('shows what a faultless file would change, writes that plan on "Import" and reads the model again', async () => {
    const services = fakeProductServices({ canEdit: true });
    services.adminServices.transfer.prepareImport.mockResolvedValueOnce(PLAN);
    let report: ((p: ImportProgress) => void) | undefined;
    let finish: (() => void) | undefined;
    services.adminServices.transfer.applyImport.mockImplementationOnce(async (plan, onProgress) => {
      report = onProgress;
      await new Promise<void>((resolve) => (finish = resolve));
      return { kind: 'applied', written: plan.writes.length };
    });
    await openTransfer(services);
    choose(JSON.stringify(tinyModelDocument()));

    const plan = await screen.findByRole('table', { name: 'Endringer per liste' });
    expect(within(plan).getByRole('row', { name: /TB Rutiner/ }).textContent).toBe('TB Rutiner0111: gammel-rutine');
    expect(screen.getByText('Elementer som bare finnes på nettstedet, slettes ikke. Slett dem i listen hvis de skal bort.')).toBeTruthy();
    expect(services.adminServices.transfer.prepareImport.mock.calls[0][0].routines.map((r) => r.key)).toEqual(['niva-0', 'vold']);

    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    await waitFor(() => expect(report).toBeDefined());
    expect(services.adminServices.transfer.applyImport.mock.calls[0][0]).toBe(PLAN);
    act(() => report?.({ phase: 'writing', done: 1, total: 1 }));
    expect(screen.getByText('Importerer: 1 av 1 elementer …')).toBeTruthy();
    await act(async () => finish?.());
    expect(await screen.findByText('Importen er fullført: 1 element lagret.')).toBeTruthy();
    // The admin views read the site again, so they show what was imported.
    await waitFor(() => expect(services.admin.load).toHaveBeenCalledTimes(2));
  });

  it('says there is nothing to import when the site already holds the file, and offers no import button', async () => {
    const services = fakeProductServices({ canEdit: true });
    await openTransfer(services);
    choose(JSON.stringify(tinyModelDocument()));
    expect(await screen.findByText('Nettstedet har allerede akkurat denne modellen. Ingenting å importere.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Importer' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByText('Nettstedet har allerede akkurat denne modellen. Ingenting å importere.')).toBeNull();
  });

  it('after a stopped import says only what the check of the site showed: what is back and what is not', async () => {
    const services = fakeProductServices({ canEdit: true });
    services.adminServices.transfer.prepareImport.mockResolvedValueOnce(PLAN);
    services.adminServices.transfer.applyImport.mockResolvedValueOnce({
      kind: 'rolledBack',
      failedAt: { list: 'routines', ref: 'vold', reason: 'denied' },
      verified: false,
      restored: [{ list: 'routines', ref: 'niva-0' }],
      notRestored: [{ list: 'contacts', ref: 'bvv', problem: 'changedBySomeoneElse', fields: ['Phone'] }],
      rollbackProblems: []
    });
    await openTransfer(services);
    choose(JSON.stringify(tinyModelDocument()));
    fireEvent.click(await screen.findByRole('button', { name: 'Importer' }));
    const stopped = await screen.findByTestId('import-stopped');
    expect(stopped.textContent).toContain('Importen stoppet ved TB Rutiner, vold: SharePoint avviste endringen');
    expect(screen.getByText('Ikke alt er som før importen. Disse elementene må du se over i listene:')).toBeTruthy();
    expect(screen.getByTestId('import-not-restored').textContent).toContain('TB Kontakter, bvv: noen andre endret det etter at importen skrev det');
    expect(screen.getByTestId('import-restored').textContent).toBe('TB Rutiner, niva-0');
    // Nothing was imported, so nothing is read again.
    expect(services.admin.load).toHaveBeenCalledTimes(1);
  });
});
