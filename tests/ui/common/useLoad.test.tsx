import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { useLoad, type LoadState } from '../../../src/ui/common/useLoad';

/** A load whose answers the test hands out one by one. */
function deferredLoads(): { load: jest.Mock<Promise<string>, [string]>; resolve(index: number, value: string): Promise<void> } {
  const resolvers: ((value: string) => void)[] = [];
  const load = jest.fn((_key: string) => new Promise<string>((resolve) => resolvers.push(resolve)));
  return {
    load,
    resolve: async (index, value) => {
      await act(async () => {
        resolvers[index](value);
        await Promise.resolve();
      });
    }
  };
}

let reload: () => void = () => undefined;
function Probe(props: { load: (key: string) => Promise<string>; keyA: string; keyB: number }): React.ReactElement {
  const [state, again] = useLoad(() => props.load(props.keyA), [props.keyA, props.keyB]);
  reload = again;
  return <p data-testid="state">{show(state)}</p>;
}

function show(state: LoadState<string>): string {
  return state.kind === 'loaded' ? `loaded ${state.value}` : state.kind;
}

describe('useLoad', () => {
  it('loads once per change of its dependencies, not on every render, and reloads on demand', async () => {
    const { load, resolve } = deferredLoads();
    const { rerender } = render(<Probe load={load} keyA="a" keyB={1} />);
    expect(load).toHaveBeenCalledTimes(1);
    await resolve(0, 'A');
    expect(screen.getByTestId('state').textContent).toBe('loaded A');

    rerender(<Probe load={load} keyA="a" keyB={1} />);
    expect(load).toHaveBeenCalledTimes(1);

    rerender(<Probe load={load} keyA="a" keyB={2} />);
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('state').textContent).toBe('loading');
    await resolve(1, 'A2');
    expect(screen.getByTestId('state').textContent).toBe('loaded A2');

    act(() => reload());
    expect(load).toHaveBeenCalledTimes(3);
    await resolve(2, 'A3');
    expect(screen.getByTestId('state').textContent).toBe('loaded A3');
  });

  it('drops an answer that arrives after the dependencies moved on', async () => {
    const { load, resolve } = deferredLoads();
    const { rerender } = render(<Probe load={load} keyA="a" keyB={1} />);
    rerender(<Probe load={load} keyA="b" keyB={1} />);
    expect(load.mock.calls.map(([key]) => key)).toEqual(['a', 'b']);
    await resolve(1, 'B');
    await resolve(0, 'stale A');
    expect(screen.getByTestId('state').textContent).toBe('loaded B');
  });
});
