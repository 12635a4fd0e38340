import * as React from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AdminServices } from '../../../../src/data/ports/admin/AdminServices';
import type { SettingRecord, SettingsEditor, SettingWriteOutcome } from '../../../../src/data/ports/admin/SettingsEditor';
import { WordsView } from '../../../../src/ui/admin/words/WordsView';
import { AdminWorkspaceContext, type AdminWorkspace } from '../../../../src/ui/admin/workspace/AdminWorkspace';
import { fakeServices, renderWithApp, tinyModel } from '../../../support/renderWithApp';

function fakeSettings(rows: SettingRecord[]): jest.Mocked<SettingsEditor> {
  return {
    load: jest.fn(async () => rows),
    add: jest.fn(async (name: string, value: string): Promise<SettingWriteOutcome> => ({ kind: 'saved', record: { id: 99, name, value, etag: '"1"' } })),
    update: jest.fn(async (record: SettingRecord, value: string): Promise<SettingWriteOutcome> => ({ kind: 'saved', record: { ...record, value, etag: '"9"' } })),
    remove: jest.fn(async (_record: SettingRecord): Promise<SettingWriteOutcome> => ({ kind: 'removed' }))
  };
}

const ROWS: SettingRecord[] = [
  { id: 1, name: 'municipality', value: 'Demo kommune', etag: '"1"' },
  { id: 2, name: 'searchSynonym 1', value: 'redd, livredd => vold', etag: '"1"' },
  { id: 3, name: 'guideSign 1', value: 'danger: Blåmerker uten god forklaring', etag: '"1"' }
];

async function renderWords(settings: jest.Mocked<SettingsEditor>, locale: 'nb' | 'nn' | 'en' = 'nb'): Promise<jest.Mock> {
  const reload = jest.fn();
  const workspace: AdminWorkspace = {
    services: { settings } as unknown as AdminServices,
    model: tinyModel(),
    issues: [],
    records: [],
    replaceRecord: jest.fn(),
    reload
  };
  renderWithApp(
    <AdminWorkspaceContext.Provider value={workspace}>
      <WordsView />
    </AdminWorkspaceContext.Provider>,
    { services: fakeServices(true), locale }
  );
  await screen.findByRole('heading', { level: 2 });
  return reload;
}

const click = async (name: string | RegExp): Promise<void> => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

describe('the admin view of search words and signs', () => {
  it('lists the rows of each kind, and adds a synonym group under the next number, then reloads the model', async () => {
    const settings = fakeSettings(ROWS);
    const reload = await renderWords(settings);
    const table = screen.getByTestId('synonym-table');
    expect(within(table).getByRole('rowheader').textContent).toBe('redd, livredd');
    expect(within(screen.getByTestId('sign-table')).getByRole('rowheader').textContent).toBe('Blåmerker uten god forklaring');
    await click('Legg til søkeord');
    fireEvent.change(screen.getByLabelText(/^Ord folk skriver/), { target: { value: 'kvitring, skulk' } });
    fireEvent.change(screen.getByLabelText(/^Søk også etter/), { target: { value: 'skolefravær' } });
    await click('Lagre');
    await waitFor(() => expect(settings.add).toHaveBeenCalledWith('searchSynonym 2', 'kvitring, skulk => skolefravær'));
    expect(screen.getByText('Lagt til. Søket og veiviseren bruker det nå.')).toBeTruthy();
    expect(reload).toHaveBeenCalled();
    expect(within(screen.getByTestId('synonym-table')).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['redd, livredd', 'kvitring, skulk']);
  });

  it('refuses a phrase where search looks up single words, saying why in the UI’s language', async () => {
    const settings = fakeSettings(ROWS);
    await renderWords(settings, 'nn');
    await click('Legg til søkjeord');
    fireEvent.change(screen.getByLabelText(/^Ord folk skriv/), { target: { value: 'slår ned' } });
    await click('Lagre');
    expect(settings.add).not.toHaveBeenCalled();
    expect(screen.getByText('Kvart ord til venstre må vere eitt ord utan mellomrom – søket slår opp ord for ord.')).toBeTruthy();
  });

  it('warns before saving a sign that looks like it identifies a child', async () => {
    const settings = fakeSettings(ROWS);
    await renderWords(settings);
    await click('Legg til tegn');
    fireEvent.change(screen.getByRole('textbox', { name: /^Tegn/ }), { target: { value: 'Emma (7) er redd for å gå hjem' } });
    await click('Lagre');
    expect(settings.add).not.toHaveBeenCalled();
    expect(screen.getByRole('alert', { name: 'Dette kan være opplysninger om et barn' })).toBeTruthy();
  });

  it('changes a sign with its ETag and, on a concurrent change, shows theirs and can keep mine', async () => {
    const settings = fakeSettings(ROWS);
    const theirs: SettingRecord = { ...ROWS[2], value: 'danger: Blåmerker eller brannmerker', etag: '"2"' };
    settings.update.mockResolvedValueOnce({ kind: 'conflict', theirs });
    await renderWords(settings);
    await click('Endre «Blåmerker uten god forklaring»');
    fireEvent.change(screen.getByRole('textbox', { name: /^Tegn/ }), { target: { value: 'Blåmerker på uvanlige steder' } });
    await click('Lagre');
    expect(settings.update).toHaveBeenCalledWith(ROWS[2], 'danger: Blåmerker på uvanlige steder');
    expect(screen.getByTestId('words-conflict').textContent).toContain('danger: Blåmerker eller brannmerker');
    await click('Behold min');
    expect(settings.update).toHaveBeenLastCalledWith(theirs, 'danger: Blåmerker på uvanlige steder');
    expect(within(screen.getByTestId('sign-table')).getByRole('rowheader').textContent).toBe('Blåmerker på uvanlige steder');
  });

  it('removes a row, and says so when someone else removed it first', async () => {
    const settings = fakeSettings(ROWS);
    settings.remove.mockResolvedValueOnce({ kind: 'conflict' });
    await renderWords(settings, 'en');
    await click('Remove “redd, livredd”');
    expect(screen.getByText('Someone else has removed this meanwhile.')).toBeTruthy();
    expect(screen.queryByTestId('synonym-table')).toBeNull();
  });
});
