import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html?: string; failureSummary?: string }>;
}

/**
 * Runs axe-core inside the page for WCAG 2.0/2.1 A and AA. axe is served by the workbench itself, so the
 * page's Content-Security-Policy (script-src 'self') allows it without weakening anything.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ url: '/workbench/vendor/axe.min.js' });
  // Judge the page as it settles, not mid-transition: right after a click, Fluent's buttons fade their colours
  // (about 100 ms), and axe would read a blend of two states that no one sees for longer than that.
  // A spinner's endless animation is left alone.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined))
    )
  );
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })) }));
  });
}

/** A readable summary for a failing expectation. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${(n.html ?? '').slice(0, 160)}\n    ${n.failureSummary ?? ''}`).join('\n  ')}`).join('\n');
}
