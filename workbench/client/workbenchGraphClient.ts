import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';

/** A middleware that looks at (or adjusts) the request and hands it on. */
class PassThroughMiddleware implements Middleware {
  private next: Middleware | undefined;

  public constructor(private readonly visit: (context: Context) => void) {}

  public async execute(context: Context): Promise<void> {
    this.visit(context);
    if (!this.next) throw new Error('PassThroughMiddleware needs a next middleware');
    return this.next.execute(context);
  }

  public setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * A real @microsoft/microsoft-graph-client Client for the workbench's Graph stand-in (`<url>/graph/v1.0`), built as
 * the workbench page builds it: the SDK's RetryHandler (429/503/504, honouring Retry-After) and HTTPMessageHandler,
 * behind a middleware that attaches the demo user's token. (The SDK's own AuthenticationHandler only sends tokens
 * to https Graph hosts and strips them from others; the workbench is http on localhost.)
 *
 * `onHttpRequest` is called for every HTTP request that leaves, the RetryHandler's resends included. Node tools
 * (the slot bench) and the integration tests use it; the product never does (src imports nothing from workbench/).
 */
export function workbenchGraphClient(workbenchUrl: string, token: string, onHttpRequest?: (url: string, method: string) => void): Client {
  const bearer = new PassThroughMiddleware((context) => {
    context.options = { ...context.options, headers: { ...(context.options?.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` } };
  });
  const retry = new RetryHandler(new RetryHandlerOptions());
  const counter = new PassThroughMiddleware((context) =>
    onHttpRequest?.(typeof context.request === 'string' ? context.request : context.request.url, context.options?.method ?? 'GET')
  );
  bearer.setNext(retry);
  retry.setNext(counter);
  counter.setNext(new HTTPMessageHandler());
  return Client.initWithMiddleware({ baseUrl: `${workbenchUrl.replace(/\/$/, '')}/graph/`, defaultVersion: 'v1.0', middleware: bearer });
}
