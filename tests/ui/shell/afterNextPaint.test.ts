import { afterNextPaint } from '../../../src/ui/shell/afterNextPaint';

// The warm open's revalidation waits for this: after the frame that shows the cached model, never before it.

describe('afterNextPaint', () => {
  const realRaf = window.requestAnimationFrame;
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    frames = [];
    window.requestAnimationFrame = (callback: FrameRequestCallback): number => frames.push(callback);
  });
  afterEach(() => {
    window.requestAnimationFrame = realRaf;
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('resolves only after the next frame, in a task after it (the paint comes between)', async () => {
    let done = false;
    const waiting = afterNextPaint().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0]?.(performance.now());
    expect(done).toBe(false);
    await waiting;
    expect(done).toBe(true);
  });

  it('in a hidden page, which paints nothing and gets no frames, resolves after the current task', async () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await afterNextPaint();
    expect(frames).toHaveLength(0);
  });
});
