/** The accessibility check the e2e specs share: no serious or critical axe finding. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Which part of the page to check (CSS selectors); the whole page when neither is given. */
export interface AxeScope {
  include?: string;
  exclude?: string;
}

/**
 * Waits for the page's running transitions and animations that end (not a spinner's endless one):
 * axe must judge the page as it settles, not a dialog half faded out (its title read at contrast
 * 1.04 against the page behind it).
 */
async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const ending = document
      .getAnimations()
      .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)));
    // A transition cancelled meanwhile (its element removed) rejects `finished`: settled as well.
    await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Serious and critical axe findings in `scope`, one line per rule: its id, each node and why. */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  await animationsSettled(page);
  let builder = new AxeBuilder({ page });
  if (scope.include !== undefined) builder = builder.include(scope.include);
  if (scope.exclude !== undefined) builder = builder.exclude(scope.exclude);
  const result = await builder.analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join(', ')}`,
    );
}

/** Fails the test with `where` and the findings when `scope` has a serious or critical one. */
export async function expectAccessible(page: Page, where: string, scope: AxeScope = {}): Promise<void> {
  expect(await seriousViolations(page, scope), where).toEqual([]);
}
