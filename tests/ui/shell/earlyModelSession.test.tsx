import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { EarlyModelSession, type SessionRun } from '../../../src/ui/shell/EarlyModelSession';
import { TryggeBarnApp, type AppSessionState } from '../../../src/ui/shell/TryggeBarnApp';
import { fakeProductServices } from '../../support/fakeProductServices';
import { MODEL_SITE, sharePointHost } from '../../support/renderApp';

// The web part starts opening the model in onInit, before the app renders: a warm open's first frame is the model.

afterEach(() => {
  window.location.hash = '';
});

async function openState(): Promise<AppSessionState> {
  const services = fakeProductServices();
  const loaded = await services.product.modelStore.loadModel({ includeDrafts: false });
  return { kind: 'open', choice: { kind: 'configured', siteUrl: MODEL_SITE, source: 'tenant' }, services: services.product, loaded, source: 'cache' };
}

/** A run driven by the test: it records each start and hands out the callbacks. */
function scriptedRuns(): { run: SessionRun; starts: Array<{ onState: (s: AppSessionState) => void; onCacheRead: () => void; cancelled: boolean }> } {
  const starts: Array<{ onState: (s: AppSessionState) => void; onCacheRead: () => void; cancelled: boolean }> = [];
  const run: SessionRun = (onState, onCacheRead) => {
    const start = { onState, onCacheRead, cancelled: false };
    starts.push(start);
    return () => {
      start.cancelled = true;
    };
  };
  return { run, starts };
}

describe('EarlyModelSession', () => {
  it('a warm open: the first render shows the cached model — no spinner — and the app joins the run already going', async () => {
    const { run, starts } = scriptedRuns();
    const session = new EarlyModelSession(run);
    const cached = await openState();
    starts[0]?.onState(cached);
    starts[0]?.onCacheRead();
    await session.cacheRead;

    window.location.hash = '#/routines';
    render(<TryggeBarnApp host={sharePointHost()} session={session} />);
    // Synchronously after the first render: the routines, not "Laster …".
    expect(screen.getByRole('heading', { level: 1, name: 'Rutiner' })).toBeTruthy();
    expect(screen.queryByText(/Henter modellen/)).toBeNull();
    expect(starts).toHaveLength(1);
    await act(async () => undefined);
    expect(starts).toHaveLength(1);
  });

  it('a cold open: the first render shows the spinner, then the model the run delivers later', async () => {
    const { run, starts } = scriptedRuns();
    const session = new EarlyModelSession(run);
    starts[0]?.onCacheRead();
    await session.cacheRead;
    expect(session.current()).toBeUndefined();

    window.location.hash = '#/routines';
    render(<TryggeBarnApp host={sharePointHost()} session={session} />);
    expect(screen.getByText(/Henter modellen/)).toBeTruthy();
    const fresh = { ...(await openState()), source: 'network' as const };
    act(() => starts[0]?.onState(fresh));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rutiner' })).toBeTruthy();
    expect(starts).toHaveLength(1);
  });

  it('"try again" after a failed open is a new run; the first one is cancelled when the app leaves', async () => {
    const { run, starts } = scriptedRuns();
    const session = new EarlyModelSession(run);
    starts[0]?.onCacheRead();
    const view = render(<TryggeBarnApp host={sharePointHost()} session={session} />);
    const services = fakeProductServices().product;
    act(() => starts[0]?.onState({ kind: 'failed', choice: { kind: 'configured', siteUrl: MODEL_SITE, source: 'tenant' }, services, error: new Error('404') }));
    fireEvent.click(await screen.findByRole('button', { name: 'Prøv igjen' }));
    expect(starts).toHaveLength(2);
    expect(starts[0]?.cancelled).toBe(true);
    view.unmount();
    expect(starts[1]?.cancelled).toBe(true);
  });

  it('waits for the cache read at most the given time (a blocked IndexedDB must not keep the page blank)', async () => {
    jest.useFakeTimers();
    try {
      const session = new EarlyModelSession(() => () => undefined);
      let waited = false;
      const wait = session.cacheReadWithin(300).then(() => (waited = true));
      await jest.advanceTimersByTimeAsync(299);
      expect(waited).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      await wait;
      expect(waited).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('an error before the cache was read ends the wait, so the app shows it at once', async () => {
    const { run, starts } = scriptedRuns();
    const session = new EarlyModelSession(run);
    starts[0]?.onState({ kind: 'error', error: new Error('boom') });
    await session.cacheRead;
    expect(session.current()).toMatchObject({ kind: 'error' });
  });
});
