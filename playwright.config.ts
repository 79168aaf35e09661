/**
 * Browser end-to-end tests: the real renderer in Chromium against a real hub process (see
 * test/e2e/fixtures.ts), plus an Electron smoke test that runs only where an Electron binary exists.
 *
 * Never a downloaded browser by surprise: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else a
 * browser Playwright already installed; otherwise the run stops with the command that fixes it.
 */
import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the e2e tests. Install one with `apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // Each test starts its own hub process; two cores, so at most two at a time.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  reporter: 'list',
  forbidOnly: process.env.CI !== undefined,
  // Most tests drive two or three browser contexts and a hub; with two workers on two cores the longest
  // of them took 24-29 s on CI, too close to 30 s (a test that timed out there had run every step).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    launchOptions: {
      executablePath: findChromium(),
      args: [
        // CI runners and containers run as root, where Chromium's sandbox cannot start.
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    // Recording a trace for every test (to keep the failing ones) cost 17-21% of the e2e time on two
    // cores (3 specs, 7 tests: 80 s vs 96 s). A failure still leaves its screenshot and page snapshot;
    // re-run it with `--trace on` for the full trace.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
