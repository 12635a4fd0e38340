import * as React from 'react';
import { screen } from '@testing-library/react';
import { ReminderLink } from '../../../../src/ui/admin/review/ReminderLink';
import { ownerAddress } from '../../../../src/core/review/ownerAddress';
import type { ReviewGroup } from '../../../../src/core/review/reviewOverview';
import { fakeServices, renderWithApp, tinyModel } from '../../../support/renderWithApp';

const group = (label: string): ReviewGroup => ({ key: label.toLowerCase(), label, entries: [], overdue: 1, dueSoon: 0 });

describe('«Send påminnelse» (issue #13: it opened an e-mail with no recipient)', () => {
  it('addresses the owner’s contact when the model has one with the owner’s title', () => {
    const model = tinyModel();
    model.contacts = [...model.contacts, { key: 'rektor', title: 'Rektor', description: '', reach: { email: 'rektor@testvik.example' }, emergency: false, order: 9 }];
    renderWithApp(<ReminderLink group={group('Rektor')} />, { services: fakeServices(true), model });
    const link = screen.getByRole('link', { name: /Rektor/ });
    expect(link.getAttribute('href')).toMatch(/^mailto:rektor@testvik\.example\?subject=/);
    expect(screen.queryByTestId('reminder-no-address')).toBeNull();
  });

  it('says in words that the recipient must be typed when the model has no address for the owner', () => {
    renderWithApp(<ReminderLink group={group('Kommunalsjef oppvekst')} />, { services: fakeServices(true), model: tinyModel() });
    expect(screen.getByRole('link', { name: /Kommunalsjef oppvekst/ }).getAttribute('href')).toMatch(/^mailto:\?subject=/);
    expect(screen.getByTestId('reminder-no-address').textContent).toMatch(/^Modellen har ingen e-postadresse for «Kommunalsjef oppvekst»: skriv inn mottakeren selv/);
  });

  it('reads an address written in the owner field', () => {
    expect(ownerAddress('leder@testvik.example', [])).toBe('leder@testvik.example');
    expect(ownerAddress('Kari Leder <kari@testvik.example>', [])).toBe('kari@testvik.example');
    expect(ownerAddress('Rektor', [{ title: 'Rektor', reach: { email: 'ikke en adresse' } }])).toBeUndefined();
  });
});
