import * as React from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import type { TryggeBarnModel } from '../../../src/core/model/TryggeBarnModel';
import { GuideView } from '../../../src/ui/guide/GuideView';
import { fakeServices, renderWithApp } from '../../support/renderWithApp';

const starter = (locale: 'nb' | 'nn'): TryggeBarnModel =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as TryggeBarnModel;

describe('the worry guide shows the model’s own signs beside its questions (issue #13)', () => {
  it('names afraid to go home and bruises at the first question, hunger at the second (nb)', () => {
    renderWithApp(<GuideView />, { services: fakeServices(false), model: starter('nb'), locale: 'nb' });
    const first = screen.getByTestId('guide-signs');
    expect(within(first).getByText('Tegn du kan se etter')).toBeTruthy();
    const items = within(first).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('Barnet er redd for å gå hjem, eller vil ikke bli hentet');
    expect(items).toContain('Blåmerker eller andre skader uten god forklaring');
    fireEvent.click(screen.getByRole('button', { name: 'Nei' }));
    expect(within(screen.getByTestId('guide-signs')).getAllByRole('listitem').map((li) => li.textContent)).toContain(
      'Barnet er ofte sulten, mangler matpakke eller klær etter været'
    );
  });

  it('in Nynorsk', () => {
    renderWithApp(<GuideView />, { services: fakeServices(false), model: starter('nn'), locale: 'nn' });
    const first = screen.getByTestId('guide-signs');
    expect(within(first).getByText('Teikn du kan sjå etter')).toBeTruthy();
    expect(first.textContent).toMatch(/redd for å gå heim/);
  });

  it('shows no signs list when the model has none', () => {
    const model = starter('nb');
    model.settings = { ...model.settings, guideSigns: undefined };
    renderWithApp(<GuideView />, { services: fakeServices(false), model, locale: 'nb' });
    expect(screen.queryByTestId('guide-signs')).toBeNull();
  });
});
