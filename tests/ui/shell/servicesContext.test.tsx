import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { ServicesProvider, useModelChanged, useServices } from '../../../src/ui/shell/ServicesContext';
import { fakeProductServices } from '../../support/fakeProductServices';

function CanEdit(): React.ReactElement {
  const services = useServices();
  const changed = useModelChanged();
  return <p>{`${typeof services.permissions.canEditModel} ${changed ? 'listens' : 'silent'}`}</p>;
}

describe('ServicesContext', () => {
  it('gives every view the product services and the "model changed" callback of its provider', () => {
    const fake = fakeProductServices();
    render(
      <ServicesProvider services={fake.product} onModelChanged={jest.fn()}>
        <CanEdit />
      </ServicesProvider>
    );
    expect(screen.getByText('function listens')).toBeTruthy();
  });

  it('says so plainly when a view is rendered outside the provider', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => render(<CanEdit />)).toThrow('useServices must be used inside <ServicesProvider>');
    } finally {
      spy.mockRestore();
    }
  });
});
