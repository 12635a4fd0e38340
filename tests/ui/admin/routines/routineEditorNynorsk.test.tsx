import * as React from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { routineColumnValues, type EditableRoutineField } from '../../../../src/core/editing/routineEditing';
import { parseStepTexts } from '../../../../src/core/mapping/routineMapping';
import type { Routine } from '../../../../src/core/model/Routine';
import type { AdminServices } from '../../../../src/data/ports/admin/AdminServices';
import type { RoutineRecord, SaveOutcome } from '../../../../src/data/ports/admin/RoutineEditor';
import { RoutineEditorView } from '../../../../src/ui/admin/routines/RoutineEditorView';
import { AdminWorkspaceContext, type AdminWorkspace } from '../../../../src/ui/admin/workspace/AdminWorkspace';
import { fakeServices, renderWithApp, tinyModel } from '../../../support/renderWithApp';

type Save = (record: RoutineRecord, draft: Routine, fields: readonly EditableRoutineField[]) => Promise<SaveOutcome>;

function renderEditor(locale: 'nb' | 'nn' | 'en' = 'nb'): { save: jest.Mock<ReturnType<Save>, Parameters<Save>> } {
  const model = tinyModel();
  const records: RoutineRecord[] = model.routines.map((routine) => ({ routine, etag: '"1"' }));
  const save = jest.fn<ReturnType<Save>, Parameters<Save>>(async (_record, draft) => ({ kind: 'saved', record: { routine: draft, etag: '"2"' } }));
  const workspace: AdminWorkspace = {
    services: {
      // The version history link is not what these tests are about; its address never arrives.
      routines: { save, versionHistoryUrl: () => new Promise<string>(() => undefined), loadRecords: async () => records, loadRecord: async () => records[0] }
    } as unknown as AdminServices,
    model,
    issues: [],
    records,
    replaceRecord: jest.fn(),
    reload: jest.fn()
  };
  renderWithApp(
    <AdminWorkspaceContext.Provider value={workspace}>
      <RoutineEditorView routineKey="niva-0" />
    </AdminWorkspaceContext.Provider>,
    { services: fakeServices(true), model, locale }
  );
  return { save };
}

const type = (label: string | RegExp, value: string, index = 0): void => {
  fireEvent.change(screen.getAllByLabelText(label)[index], { target: { value } });
};

describe('the routine editor edits the Nynorsk texts beside the Bokmål ones', () => {
  it('saves the Nynorsk title, summary and steps to TitleNn, SummaryNn and StepsNn, and only those', async () => {
    const { save } = renderEditor();
    type('Tittel (nynorsk)', 'Uro for eit barn');
    type('Sammendrag (nynorsk)', 'Når du er uroleg');
    type('Hva (nynorsk)', 'Gjer uroa konkret', 0);
    type('Hva (nynorsk)', 'Avgjer vidare', 1);
    type('Frist (nynorsk)', 'Innan 14 dagar', 1);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    });
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [, draft, fields] = save.mock.calls[0];
    expect(fields).toEqual(['nn']);
    expect(draft.nn).toEqual({
      title: 'Uro for eit barn',
      summary: 'Når du er uroleg',
      steps: [
        { what: 'Gjer uroa konkret', how: '', who: '', deadline: '' },
        { what: 'Avgjer vidare', how: '', who: '', deadline: 'Innan 14 dagar' }
      ]
    });
    const columns = routineColumnValues(draft, fields);
    expect(Object.keys(columns).sort()).toEqual(['StepsNn', 'SummaryNn', 'TitleNn']);
    expect(JSON.parse(columns.StepsNn as string)[1]).toEqual({ what: 'Avgjer vidare', how: '', who: '', deadline: 'Innan 14 dagar' });
  });

  it('saves a partial translation, noting the step that will show in Bokmål, so a Bokmål editor is never blocked', async () => {
    const { save } = renderEditor();
    type('Hva (nynorsk)', 'Gjer uroa konkret', 0);
    const second = screen.getByRole('group', { name: 'Steg 2 på nynorsk' });
    expect(within(second).getByText('Ikke oversatt ennå: steget vises på bokmål for dem som bruker nynorsk.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    });
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [, draft, fields] = save.mock.calls[0];
    expect(draft.nn?.steps?.map((step) => step.what)).toEqual(['Gjer uroa konkret', '']);
    const stored = routineColumnValues(draft, fields).StepsNn as string;
    expect(parseStepTexts(JSON.parse(stored))).toEqual({ value: draft.nn?.steps, problem: undefined });
  });

  it('moves a step’s Nynorsk text with the step', () => {
    renderEditor();
    type('Hva (nynorsk)', 'Gjer uroa konkret', 0);
    type('Hva (nynorsk)', 'Avgjer vidare', 1);
    fireEvent.click(screen.getAllByRole('button', { name: 'Flytt ned' })[0]);
    const whats = screen.getAllByLabelText('Hva (nynorsk)').map((e) => (e as HTMLInputElement).value);
    expect(whats).toEqual(['Avgjer vidare', 'Gjer uroa konkret']);
    expect(screen.getAllByLabelText(/^Hva\b(?! \()/).map((e) => (e as HTMLInputElement).value)).toEqual(['Bestem videre', 'Gjør uroen konkret']);
  });

  it('checks the Nynorsk text with the privacy guard before saving', async () => {
    const { save } = renderEditor();
    type('Sammendrag (nynorsk)', 'Emma (7) er redd for å gå heim, fødd 03.04.2019');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    });
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('alert', { name: 'Dette kan være opplysninger om et barn' })).toBeTruthy();
  });

  it('names the Nynorsk fields in the UI’s language', () => {
    renderEditor('nn');
    expect(screen.getByLabelText('Samandrag (nynorsk)')).toBeTruthy();
    expect(screen.getAllByLabelText('Kva (nynorsk)')).toHaveLength(2);
    expect(screen.getAllByLabelText('Kva (nynorsk)')[0].getAttribute('lang')).toBe('nn');
  });
});
