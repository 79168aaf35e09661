/** The accessibility check the e2e specs share: no serious or critical axe finding. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Which part of the page to check (CSS selectors); the whole page when neither is given. */
export interface AxeScope {
  include?: string;
  exclude?: string;
}

/** Serious and critical axe findings in `scope`, one line per rule: its id, each node and why. */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
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
