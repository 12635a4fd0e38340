/**
 * Resolves after the browser painted the next frame: a frame callback runs just before the paint, a task queued
 * from it just after. Work that must not delay the first paint (the warm open's revalidation) waits for this.
 * A hidden page paints nothing and gets no frame callbacks, so there it resolves after the current task.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    if (hidden || typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
