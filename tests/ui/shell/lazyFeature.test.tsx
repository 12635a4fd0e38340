import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { AppContext, type AppContextValue } from '../../../src/ui/app/AppContext';
import { featureStrings } from '../../../src/ui/shell/featureStrings';
import { LazyFeature } from '../../../src/ui/shell/LazyFeature';
import { STRINGS } from '../../../src/ui/strings';

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom lacks; layout does not matter here.
if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
  };
}

interface Words {
  hello: string;
}

function setup(): { loaded: string[]; words: ReturnType<typeof featureStrings<Words>>; View: () => React.ReactElement } {
  const loaded: string[] = [];
  const language =
    (locale: string, hello: string): (() => Promise<Words>) =>
    async (): Promise<Words> => {
      loaded.push(locale);
      return { hello };
    };
  const words = featureStrings<Words>('test', { nb: language('nb', 'Hei'), nn: language('nn', 'Hei på nynorsk'), en: language('en', 'Hello') });
  function View(): React.ReactElement {
    const s = words.useStrings();
    const [typed, setTyped] = React.useState('');
    return (
      <label>
        {s.hello}
        <input value={typed} onChange={(e) => setTyped(e.target.value)} />
      </label>
    );
  }
  return { loaded, words, View };
}

function app(locale: 'nb' | 'nn' | 'en'): AppContextValue {
  return { strings: STRINGS[locale], locale } as unknown as AppContextValue;
}

describe('LazyFeature with feature strings', () => {
  it('shows the loading label, then the view with the strings of the active language only', async () => {
    const { loaded, words, View } = setup();
    const chunk = { View };
    render(
      <AppContext.Provider value={app('nb')}>
        <LazyFeature load={async () => chunk} strings={[words]} labels={{ loading: 'Laster', loadFailed: 'Feil', retry: 'Igjen' }} render={(c) => <c.View />} />
      </AppContext.Provider>
    );
    expect(screen.getByText('Laster')).toBeTruthy();
    expect(await screen.findByText('Hei')).toBeTruthy();
    expect(loaded).toEqual(['nb']);
  });

  it('fetches the new language on a switch without unmounting the view', async () => {
    const { loaded, words, View } = setup();
    const chunk = { View };
    const ui = (locale: 'nb' | 'nn'): React.ReactElement => (
      <AppContext.Provider value={app(locale)}>
        <LazyFeature load={async () => chunk} strings={[words]} labels={{ loading: 'Laster', loadFailed: 'Feil', retry: 'Igjen' }} render={(c) => <c.View />} />
      </AppContext.Provider>
    );
    const { rerender } = render(ui('nb'));
    const input = (await screen.findByRole('textbox')) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'halvskrevet' } });
    rerender(ui('nn'));
    expect(await screen.findByText('Hei på nynorsk')).toBeTruthy();
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('halvskrevet');
    expect(loaded).toEqual(['nb', 'nn']);
  });

  it('offers "try again" when the chunk fails, and a second attempt loads it', async () => {
    const { words, View } = setup();
    let attempts = 0;
    const load = async (): Promise<{ View: typeof View }> => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return { View };
    };
    render(
      <AppContext.Provider value={app('nb')}>
        <LazyFeature load={load} strings={[words]} labels={{ loading: 'Laster', loadFailed: 'Feil', retry: 'Igjen' }} render={(c) => <c.View />} />
      </AppContext.Provider>
    );
    expect(await screen.findByText('Feil')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Igjen' }));
    expect(await screen.findByText('Hei')).toBeTruthy();
    expect(attempts).toBe(2);
  });

  it('refuses to read feature strings outside the view that loaded them', () => {
    const { View } = setup();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<View />)).toThrow(/test strings/);
  });
});
