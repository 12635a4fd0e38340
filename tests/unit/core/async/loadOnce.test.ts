import { loadOnce } from '../../../../src/core/async/loadOnce';

describe('loadOnce', () => {
  it('runs the load once and hands every caller the same answer', async () => {
    const load = jest.fn(async () => ({ chunk: 'booking' }));
    const get = loadOnce(load);
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(await get()).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so the next call fetches anew', async () => {
    const load = jest.fn().mockRejectedValueOnce(new Error('network fault')).mockResolvedValueOnce('loaded');
    const get = loadOnce(load as () => Promise<string>);
    await expect(get()).rejects.toThrow('network fault');
    await expect(get()).resolves.toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
