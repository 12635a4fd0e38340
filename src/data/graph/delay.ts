/** Thrown when the organizer leaves the view (or starts over) while a request is waiting to be retried. */
export class OperationCancelledError extends Error {
  public constructor() {
    super('The operation was cancelled');
    this.name = 'AbortError';
  }
}

/** Waits `ms` milliseconds, or rejects at once when `signal` aborts: a retry nobody waits for should not be sent. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new OperationCancelledError());
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined = undefined;
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new OperationCancelledError());
    };
    timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
