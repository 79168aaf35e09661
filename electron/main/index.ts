/**
 * Composition root of the desktop app: lifecycle, the one window, and the embedded sync node.
 * Decisions live in the small modules it wires together; this file only says in which order.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { encodeHostArg } from '../common/host-arg';
import { resolveDataDir } from './data-dir';
import { type EmbeddedNode, startEmbeddedNode } from './embedded-node';
import { denyAllPermissions, hardenApp } from './security';
import { mainWindowOptions } from './window-options';

/** Set by `electron-vite dev` to the Vite dev server; absent in built and packaged apps. */
const DEV_RENDERER_URL = process.env.ELECTRON_RENDERER_URL;

let embedded: EmbeddedNode | null = null;
let mainWindow: BrowserWindow | null = null;

function createMainWindow(local: EmbeddedNode): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: path.join(import.meta.dirname, '../preload/index.cjs'),
      hostArg: encodeHostArg({ kind: 'electron', node: local.link, appVersion: app.getVersion() }),
      devTools: !app.isPackaged,
    }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  if (DEV_RENDERER_URL !== undefined && !app.isPackaged) {
    void window.loadURL(DEV_RENDERER_URL);
  } else {
    void window.loadFile(path.join(import.meta.dirname, '../renderer/index.html'));
  }
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  try {
    embedded = await startEmbeddedNode(dataDir);
  } catch (error) {
    // Without its local store the app can show nothing true; say why and stop instead of opening
    // a window that spins forever on "Menyambungkan…".
    console.error('could not start the local sync node', error);
    dialog.showErrorBox(
      'Rembug tidak dapat dimulai',
      `Penyimpanan lokal tidak dapat dibuka (${dataDir}).\n\n${error instanceof Error ? error.message : String(error)}`,
    );
    app.exit(1);
    return;
  }
  console.log(`local sync node listening on ${embedded.node.url}`);
  mainWindow = createMainWindow(embedded);
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// A second copy would open the same data folder with a second node and two writers on one log.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp();

  app.on('second-instance', focusMainWindow);

  app.on('activate', () => {
    // macOS keeps the app alive without windows; the dock icon brings the window back.
    if (mainWindow === null && embedded !== null) mainWindow = createMainWindow(embedded);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('before-quit', (event) => {
    const running = embedded;
    if (running === null) return;
    // Hold the quit until the node has flushed every acknowledged edit to disk, then quit again;
    // `embedded` is cleared first so the second `before-quit` passes straight through.
    event.preventDefault();
    embedded = null;
    running.node
      .close()
      .catch((error: unknown) => console.error('the local sync node did not close cleanly', error))
      .finally(() => app.quit());
  });

  start().catch((error: unknown) => {
    console.error('Rembug failed to start', error);
    app.exit(1);
  });
}
