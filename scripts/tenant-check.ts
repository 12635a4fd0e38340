/**
 * Read-only checks a municipality's IT runs after deploying Trygge Barn, printed as a checklist (✔ / ✘ / !):
 *
 *   npm run tenant:check -- --site https://contoso.sharepoint.com/sites/tryggebarn \
 *     --token-command "m365 util accesstoken get --resource https://contoso.sharepoint.com --new" \
 *     --graph-token-command "m365 util accesstoken get --resource https://graph.microsoft.com --new"
 *   npm run tenant:check -- --site http://localhost:4321/sites/tryggebarn --user owner     (the workbench)
 *
 * Lists and columns as the schemas say, the editors group, unique list permissions and item-level security as
 * src/core/schema/listPermissions.ts declares, content approval off, the tenant property TryggeBarnModelSite,
 * the site's time zone, and the Graph permissions approved for SPFx. Exit code 1 when any line is ✘.
 * It changes nothing. See docs/admin.md ("Tenant check").
 */
import { Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { parseArgs } from 'node:util';
import { createSharePointClient } from '../src/data/sharepoint/createSharePointClient';
import { runCommand } from './cli/runCommand';
import { tokenFromCommand, tokenFromWorkbench, type TokenSource } from './cli/tokenSources';
import { exitCodeOf, formatChecklist, runTenantCheck } from './tenantCheck/runTenantCheck';

const USAGE =
  'Usage: npm run tenant:check -- --site <site url> (--token-command "<cmd>" [--graph-token-command "<cmd>"] | --user <workbench user>)';

/** Attaches the bearer token, then sends the request. */
class BearerMiddleware implements Middleware {
  private readonly next: Middleware = new HTTPMessageHandler();

  public constructor(private readonly token: TokenSource) {}

  public async execute(context: Context): Promise<void> {
    const headers = { ...(context.options?.headers as Record<string, string> | undefined), Authorization: `Bearer ${await this.token()}` };
    context.options = { ...context.options, headers };
    return this.next.execute(context);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { site: { type: 'string' }, 'token-command': { type: 'string' }, 'graph-token-command': { type: 'string' }, user: { type: 'string' } }
  });
  if (!values.site || !values['token-command'] === !values.user) {
    console.error(USAGE);
    return 2;
  }
  const site = new URL(values.site);
  const siteUrl = site.href.replace(/\/$/, '');
  const spToken = values.user ? tokenFromWorkbench(site.origin, values.user) : tokenFromCommand(values['token-command'] as string);
  const graphToken = values.user ? spToken : values['graph-token-command'] ? tokenFromCommand(values['graph-token-command']) : undefined;
  const graph = !graphToken
    ? undefined
    : values.user
      ? // The workbench is http on localhost, where the SDK's AuthenticationHandler sends no token: attach it here.
        Client.initWithMiddleware({ baseUrl: `${site.origin}/graph/`, defaultVersion: 'v1.0', middleware: new BearerMiddleware(graphToken) })
      : Client.init({
          authProvider: (done) => {
            graphToken().then(
              (t) => done(null, t),
              (e: unknown) => done(e as Error, null)
            );
          },
          defaultVersion: 'v1.0'
        });
  const lines = await runTenantCheck({ siteUrl, sp: createSharePointClient(siteUrl, spToken), graph });
  console.log(formatChecklist(lines));
  const failed = lines.filter((l) => l.status === 'fail').length;
  console.log(failed === 0 ? '\nAll checks passed.' : `\n${failed} check(s) failed.`);
  return exitCodeOf(lines);
}

runCommand(main);
