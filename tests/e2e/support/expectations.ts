import type { Page } from 'playwright-core';
import { describeViolations, runAxe } from './axe';
import { WORKBENCH_URL, type OpenedPage } from './browser';

/** axe-core finds no WCAG 2.0/2.1 A or AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(describeViolations(await runAxe(page))).toBe('');
}

/** The product threw nothing in the page; then the page's context is closed. */
export async function closeAll(opened: OpenedPage): Promise<void> {
  expect(opened.pageErrors.map((e) => e.message)).toEqual([]);
  await opened.context.close();
}

/** SharePoint REST on the workbench as another user or browser would call it. */
export async function sharePoint<T>(user: 'staff' | 'admin', path: string, init: RequestInit = {}): Promise<T> {
  const token = ((await (await fetch(`${WORKBENCH_URL()}/workbench/token/${user}`)).json()) as { access_token: string }).access_token;
  const response = await fetch(`${WORKBENCH_URL()}/sites/tryggebarn/_api/${path}`, {
    ...init,
    headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...(init.headers ?? {}) }
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (response.status === 204 || response.headers.get('content-length') === '0' ? undefined : await response.json()) as T;
}
