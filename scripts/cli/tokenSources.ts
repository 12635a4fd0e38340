import { execSync } from 'node:child_process';

/**
 * Bearer tokens for the command-line tools (provision, tenant:check): from a command the administrator trusts
 * (e.g. `az account get-access-token … --query accessToken -o tsv`, `m365 util accesstoken get …`), or from the
 * workbench's token endpoint for one of its users. Each source asks once: a tenant token lives about an hour,
 * far longer than a run.
 */
export type TokenSource = () => Promise<string>;

function once(get: TokenSource): TokenSource {
  let token: Promise<string> | undefined;
  return () => (token ??= get());
}

/** The token the command prints on stdout; its stderr (prompts, warnings) goes to the terminal. */
export function tokenFromCommand(command: string): TokenSource {
  return once(async () => execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim());
}

/** A workbench user's token (the workbench only: a tenant has no such endpoint). */
export function tokenFromWorkbench(origin: string, user: string): TokenSource {
  return once(async () => {
    const response = await fetch(`${origin}/workbench/token/${encodeURIComponent(user)}`);
    if (!response.ok) throw new Error(`${origin} gave no token for "${user}" (${response.status}); --user works with the workbench only`);
    return ((await response.json()) as { access_token: string }).access_token;
  });
}
