import * as React from 'react';
import { screen, within } from '@testing-library/react';
import type { Routine, RoutineStep } from '../../../../src/core/model/Routine';
import { ConflictPanel } from '../../../../src/ui/admin/routines/ConflictPanel';
import { fakeServices, renderWithApp, tinyModel } from '../../../support/renderWithApp';

const step = (what: string, extra: Partial<RoutineStep> = {}): RoutineStep => ({ what, how: '', who: 'Lærer', tools: [], deadline: '', ...extra });

describe('the conflict panel compares steps one by one (issue #13: all steps as one block)', () => {
  it('has a row per step that differs, saying who changed it, and none for the steps that agree', () => {
    const model = tinyModel();
    const routine = model.routines[0];
    const base: Routine = { ...routine, steps: [step('Snakk med barnet'), step('Drøft med leder'), step('Skriv ned')] };
    const mine: Routine = { ...base, steps: [step('Snakk med barnet'), step('Drøft anonymt med barnevernet', { deadline: 'Innen en uke' }), step('Skriv ned')] };
    const theirs: Routine = { ...base, steps: [step('Snakk med barnet'), step('Drøft med leder'), step('Skriv ned konkret hva du så'), step('Avtal oppfølging')] };
    renderWithApp(
      <ConflictPanel
        base={{ routine: base, etag: '"1"' }}
        mine={mine}
        theirs={{ routine: theirs, etag: '"2"', editor: 'Ola Admin', modified: '2026-11-30T10:00:00Z' }}
        model={model}
        busy={false}
        onKeepMine={jest.fn()}
        onTakeTheirs={jest.fn()}
      />,
      { services: fakeServices(true), model }
    );
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').filter((r) => r.getAttribute('data-field') === 'steps');
    expect(rows.map((r) => r.getAttribute('data-step'))).toEqual(['2', '3', '4']);
    const cells = (row: HTMLElement): string[] => within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('Trinn 2 av 4');
    expect(cells(rows[0])[0]).toContain('Hva: Drøft anonymt med barnevernet');
    expect(cells(rows[0])[0]).toContain('Frist: Innen en uke');
    expect(cells(rows[0])[1]).toContain('Hva: Drøft med leder');
    expect(cells(rows[0])[2]).toBe('deg');
    expect(cells(rows[1])[1]).toContain('Skriv ned konkret hva du så');
    expect(cells(rows[2])[0]).toBe('(tomt)');
  });
});
