import type { AppSessionState, ModelSession } from './TryggeBarnApp';

/**
 * Runs one open of the model: `onState` receives each state; `onCacheRead` is called once the device cache was
 * read (see ModelSessionDeps.onCacheRead). Returns a cancel function.
 */
export type SessionRun = (onState: (state: AppSessionState) => void, onCacheRead: () => void) => () => void;

/**
 * A model session whose first open starts before the app renders — in the web part's onInit, beside the host's own
 * start-up — so the first render already has what the device cache held: a warm open paints the model in its first
 * frame, instead of a spinner, a cache read and a second render. The app attaches to that run when it mounts;
 * each later start (the app's "try again") is a new run.
 */
export class EarlyModelSession implements ModelSession {
  /** Resolves once the first run read the device cache (or failed before that). */
  public readonly cacheRead: Promise<void>;
  private firstRun: { latest?: AppSessionState; listener?: (state: AppSessionState) => void; cancel: () => void } | undefined;

  public constructor(private readonly run: SessionRun) {
    let markRead: () => void = () => undefined;
    this.cacheRead = new Promise<void>((resolve) => {
      markRead = resolve;
    });
    const firstRun: NonNullable<EarlyModelSession['firstRun']> = { cancel: () => undefined };
    this.firstRun = firstRun;
    firstRun.cancel = run((state) => {
      firstRun.latest = state;
      firstRun.listener?.(state);
      // A state before the cache was read is an error: the app shows it rather than wait.
      markRead();
    }, markRead);
  }

  /**
   * Waits for the first run's cache read, at most `ms`: IndexedDB answers in milliseconds, but one blocked by
   * another tab's open connection would otherwise keep the page blank; the app then starts with its spinner.
   */
  public async cacheReadWithin(ms: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.cacheRead, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  /** The state the first run reached before the app rendered (the cached model on a warm open), if the app has not taken it yet. */
  public current(): AppSessionState | undefined {
    return this.firstRun?.latest;
  }

  public start(onState: (state: AppSessionState) => void): () => void {
    const firstRun = this.firstRun;
    if (!firstRun) return this.run(onState, () => undefined);
    this.firstRun = undefined;
    firstRun.listener = onState;
    if (firstRun.latest) onState(firstRun.latest);
    return firstRun.cancel;
  }
}
