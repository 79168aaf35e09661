/**
 * Smoke test of the real desktop app: Electron starts, the embedded node comes up, the window shows
 * the shell connected to it, and the window is sandboxed. Runs only where an Electron binary exists —
 * the build machines here have none — and says so plainly when it skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { ShellPage } from './pages/shell-page';
import { KLATEN_EDITOR } from './profile';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SKIP_LINE = 'electron smoke test skipped: no Electron binary (set ELECTRON_PATH)';

/**
 * The binary, located without `require('electron')`: that module downloads Electron when the binary
 * is missing, which must never happen as a side effect of a test run.
 */
function findElectronBinary(): string | null {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return existsSync(fromEnv) ? fromEnv : null;
  const packageDir = path.join(ROOT, 'node_modules/electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

test('the desktop app starts its node and shows the shell connected', async () => {
  const binary = findElectronBinary();
  if (binary === null) {
    console.log(SKIP_LINE);
    test.skip(true, SKIP_LINE);
    return;
  }
  if (!existsSync(path.join(ROOT, 'out/main/index.js'))) {
    throw new Error('out/main/index.js is missing: run `npm run build:app` first.');
  }

  const dataDir = await mkdtemp(path.join(tmpdir(), 'rembug-electron-'));
  // Chromium refuses to start as root with its sandbox on; CI containers run as root.
  const args = process.getuid?.() === 0 ? ['--no-sandbox', ROOT] : [ROOT];
  const app = await electron.launch({
    executablePath: binary,
    args,
    env: { ...process.env, REMBUG_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    // First start asks who you are; the smoke test answers as the onboarding would, then reloads.
    await window.evaluate(
      (profile) => window.localStorage.setItem('rembug.profile.v1', profile),
      JSON.stringify(KLATEN_EDITOR),
    );
    await window.reload();
    const shell = new ShellPage(window);
    await expect(shell.sync).toHaveText('Tersinkron');
    await expect(shell.online).toHaveText('1 orang daring');

    // The page sees the host object and nothing of Node.
    const exposed = await window.evaluate(() => {
      const host: unknown = Reflect.get(window, 'rembug');
      return {
        hostKind: typeof host === 'object' && host !== null && 'kind' in host ? host.kind : undefined,
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
      };
    });
    expect(exposed).toEqual({ hostKind: 'electron', hasRequire: false, hasProcess: false });
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
