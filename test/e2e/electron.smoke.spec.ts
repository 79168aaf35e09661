/**
 * Smoke tests of the real desktop app: Electron starts, the embedded node comes up, the window shows
 * the shell connected to it, the window is sandboxed; then first start, the catalog, the presenter
 * window and a PDF through the desktop bridge. Run only where an Electron binary exists — the build
 * machines here have none — and say so plainly when they skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ElectronApplication, _electron as electron, expect, test } from '@playwright/test';
import { CatalogPage } from './pages/catalog-page';
import { OnboardingPage } from './pages/onboarding-page';
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

/** Launches the built app on a fresh data folder; skips (with its line) without a binary. */
async function launchApp(): Promise<{ app: ElectronApplication; close: () => Promise<void> } | null> {
  const binary = findElectronBinary();
  if (binary === null) {
    console.log(SKIP_LINE);
    test.skip(true, SKIP_LINE);
    return null;
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
  return {
    app,
    close: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

test('the desktop app starts its node and shows the shell connected', async () => {
  const launched = await launchApp();
  if (launched === null) return;
  const { app } = launched;
  try {
    const window = await app.firstWindow();
    // The renderer comes from the app's own scheme, never file://.
    expect(window.url()).toMatch(/^rembug-app:\/\/app\/index\.html/);
    // First start asks who you are; this test answers as the onboarding would, then reloads.
    await window.evaluate(
      (profile) => window.localStorage.setItem('rembug.profile.v1', profile),
      JSON.stringify(KLATEN_EDITOR),
    );
    await window.reload();
    const shell = new ShellPage(window);
    await expect(shell.sync).toHaveText('Tersinkron');
    await expect(shell.online).toHaveText('1 orang daring');

    // The page sees the host object and its bridge, and nothing of Node or of ipcRenderer.
    const exposed = await window.evaluate(() => {
      const host: unknown = Reflect.get(window, 'rembug');
      const desktop: unknown =
        typeof host === 'object' && host !== null ? Reflect.get(host, 'desktop') : undefined;
      return {
        hostKind: typeof host === 'object' && host !== null && 'kind' in host ? host.kind : undefined,
        channels: typeof desktop === 'object' && desktop !== null ? Object.keys(desktop).sort() : [],
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
        hasIpc: JSON.stringify(Object.keys(host ?? {})).includes('ipc'),
      };
    });
    expect(exposed).toMatchObject({
      hostKind: 'electron',
      hasRequire: false,
      hasProcess: false,
      hasIpc: false,
    });
    expect(exposed.channels).toContain('print.pdf');
  } finally {
    await launched.close();
  }
});

test('first start, the catalog, the presenter window and a PDF', async () => {
  const launched = await launchApp();
  if (launched === null) return;
  const { app } = launched;
  const pdfFile = path.join(tmpdir(), `rembug-smoke-${process.pid}.pdf`);
  try {
    const window = await app.firstWindow();
    const onboarding = new OnboardingPage(window);
    await expect(onboarding.heading).toBeVisible();
    await onboarding.chooseArea('KSPN Borobudur');
    await onboarding.chooseRegion('klaten', 'Kab. Klaten');
    await onboarding.name.fill('Ayu Lestari');
    await onboarding.chooseRole('Editor daerah');
    await onboarding.next.click();
    // The sync step's default on the desktop is this device's own node.
    await onboarding.next.click();
    await onboarding.demo.check();
    await onboarding.finishButton.click();
    await expect(new CatalogPage(window).count).toHaveAttribute('data-count', '150');

    // The projector board opens in its own full-screen window of ours, on the board's route.
    const presenterOpened = app.waitForEvent('window');
    await window.evaluate(async () => {
      const host = Reflect.get(window, 'rembug') as {
        desktop: Record<string, (a: unknown) => Promise<unknown>>;
      };
      return host.desktop['presenter.open']?.({ route: '/papan/fgd/tidak-ada' });
    });
    const presenter = await presenterOpened;
    expect(presenter.url()).toMatch(/^rembug-app:\/\/app\/index\.html#\/papan\/fgd\/tidak-ada$/);
    expect(
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((w) => w.isFullScreen())),
    ).toBe(true);
    // A route outside the boards is refused before any window opens.
    const refused = await window.evaluate(async () => {
      const host = Reflect.get(window, 'rembug') as {
        desktop: Record<string, (a: unknown) => Promise<unknown>>;
      };
      return host.desktop['presenter.open']?.({ route: '/pengaturan' });
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'badArgs' } });

    // "Cetak / Simpan PDF": the save dialog answers with our file, main renders the route to it.
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({
        canceled: false,
        filePath: file,
      })) as typeof dialog.showSaveDialog;
    }, pdfFile);
    const saved = await window.evaluate(async () => {
      const host = Reflect.get(window, 'rembug') as {
        desktop: Record<string, (a: unknown) => Promise<unknown>>;
      };
      return host.desktop['print.pdf']?.({
        route: '/cetak/masterplan/33.10/masterplan',
        suggestedName: 'Masterplan.pdf',
      });
    });
    expect(saved).toEqual({ ok: true, value: { saved: true, path: pdfFile } });
    expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await rm(pdfFile, { force: true });
    await launched.close();
  }
});
