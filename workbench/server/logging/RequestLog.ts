import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * One line per API request: time, user, method, path, status. Never bodies and never query strings: both can
 * hold what a worried user typed (a search, a filter, a meeting subject), and the product must not become a
 * register of concerns about children.
 */
export class RequestLog {
  public constructor(private readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }

  public get path(): string {
    return this.file;
  }

  public write(entry: { user: string | undefined; method: string; path: string; status: number | string }): void {
    const pathOnly = entry.path.split('?')[0].split('#')[0];
    const line = [new Date().toISOString(), entry.user ?? '-', entry.method, pathOnly, String(entry.status)].join('\t');
    try {
      fs.appendFileSync(this.file, `${line}\n`);
    } catch (error) {
      // A request still finishing while the workbench shuts down (its folder already removed) must not crash
      // the process; the log is a diagnostic, not part of any answer.
      console.warn(`Request log not written: ${(error as Error).message}`);
    }
  }
}
