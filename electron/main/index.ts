/**
 * Composition root of the desktop app: lifecycle, windows, the app's own scheme, IPC, menus, deep
 * links and the local sync node (in its own utility process, under node-supervisor.ts). Decisions live in the small modules it wires together; this file
 * only says in which order.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import type { DesktopSettings } from '../../shared/ipc/contract';
import { encodeHostArg } from '../common/host-arg';
import {
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  contentSecurityPolicy,
  resolveAppFile,
} from './app-protocol';
import { BACKUP_EXTENSION, createBackup, inspectBackup, restoreBackup } from './backup';
import { resolveDataDir } from './data-dir';
import { DEEP_LINK_SCHEME, deepLinkInArgv, parseDeepLink } from './deep-link';
import { hubChanged, upstreamAtStart, upstreamFromSettings } from './hub-upstream';
import { desktopActions, type HandlerDeps, ipcHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { isTrustedSender, schemeAndHost } from './ipc/sender';
import { describeNodeState, type LocalNode, supervisedNode } from './local-node';
import { setUpLogging } from './logging';
import { mainText } from './main-text';
import { type MenuLocale, menuTemplate } from './menu-template';
import { NodeSupervisor } from './node-supervisor';
import { denyAllPermissions, hardenApp } from './security';
import { openSettingsStore, type SettingsStore } from './settings-store';
import { spawnUtilityNode } from './spawn-utility';
import { describeUrlForLog } from './url-log';
import { participantWindowOptions } from './window-options';
import { Windows } from './windows';

/** Set by `electron-vite dev` to the Vite dev server; absent in built and packaged apps. */
const DEV_RENDERER_URL = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const RENDERER_ROOT = path.join(import.meta.dirname, '../renderer');
const PARTICIPANT_PARTITION = 'participant';

let node: LocalNode | null = null;
let settings: SettingsStore | null = null;
let locale: MenuLocale = 'id';
/** A deep link that arrived before the app was ready (macOS open-url, first launch's argv). */
let pendingDeepLink: string | null = deepLinkInArgv(process.argv);

const windows = new Windows({
  devRendererUrl: DEV_RENDERER_URL,
  inputs: () => {
    if (node === null) throw new Error('no window before the local node runs');
    return {
      preloadPath: path.join(import.meta.dirname, '../preload/index.cjs'),
      hostArg: encodeHostArg({ kind: 'electron', node: node.link, appVersion: app.getVersion() }),
      devTools: !app.isPackaged,
    };
  },
});

function currentCsp(): string {
  const hub = settings?.get().hubUrl ?? '';
  return contentSecurityPolicy({ nodeUrl: node?.link.url ?? '', hubUrls: hub === '' ? [] : [hub] });
}

/** Serves the built renderer at rembug-app://app/ with our CSP; nothing outside its folder. */
function serveAppScheme(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(RENDERER_ROOT, request.url);
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: appResponseHeaders(file, currentCsp()) });
    } catch (error) {
      console.warn(`${APP_SCHEME}: no file for ${describeUrlForLog(request.url)}`, error);
      return new Response('Not found', { status: 404 });
    }
  });
}

/** Our app's origin, and the Vite dev server's in development. */
function trustedOrigins(): string[] {
  const dev = DEV_RENDERER_URL === undefined ? null : schemeAndHost(DEV_RENDERER_URL);
  return dev === null ? [APP_ORIGIN] : [APP_ORIGIN, dev];
}

function isOurSender(event: { senderFrame: { url: string } | null; sender: { id: number } }): boolean {
  return isTrustedSender(
    { frameUrl: event.senderFrame?.url ?? null, webContentsId: event.sender.id },
    new Set(trustedOrigins()),
    windows.contentsIds(),
  );
}

function setMenu(deps: HandlerDeps): void {
  const actions = desktopActions(deps);
  const report = (what: string) => (error: unknown) => console.error(`menu: ${what} failed`, error);
  const template = menuTemplate({
    locale,
    platform: process.platform,
    devTools: !app.isPackaged,
    actions: {
      createBackup: () => void actions.createBackup(null).catch(report('backup')),
      restoreBackup: () => void actions.restoreBackup(null).catch(report('restore')),
      copyDiagnostics: () => void actions.copyDiagnostics().catch(report('diagnostics')),
      checkUpdates: () => void actions.checkUpdates(null).catch(report('update check')),
      closePresenter: () => void actions.closePresenter(),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** A participant link from the FGD room: that node's own page, in a window with no bridge. */
function openDeepLink(raw: string): void {
  const parsed = parseDeepLink(raw);
  if (!parsed.ok) {
    console.warn(`ignored a ${DEEP_LINK_SCHEME}:// link: ${parsed.reason}`);
    return;
  }
  const window = new BrowserWindow(participantWindowOptions(!app.isPackaged));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(parsed.link.pageUrl);
}

async function start(): Promise<void> {
  const logFile = setUpLogging(app.getPath('userData'));
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  denyAllPermissions(session.fromPartition(PARTICIPANT_PARTITION));
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  settings = await openSettingsStore(path.join(app.getPath('userData'), 'desktop-settings.json'));
  try {
    const supervisor = await NodeSupervisor.start({
      spawn: spawnUtilityNode(path.join(import.meta.dirname, 'node-process.js')),
      dataDir,
      // The renderer's own origin may call the node's HTTP routes (FGD hosting) across origins.
      allowedOrigins: trustedOrigins(),
      // The "Hub induk" setting: an unreachable hub is retried in the background, never a failed start.
      upstream: upstreamAtStart(settings.get(), (message) => console.warn(message)),
      log: {
        info: (message) => console.log(message),
        warn: (message) => console.warn(message),
        error: (message) => console.error(message),
      },
    });
    supervisor.onState((state) => console.log(`local sync node: ${describeNodeState(state)}`));
    node = supervisedNode(supervisor);
  } catch (error) {
    // Without its local store the app can show nothing true; say why and stop instead of opening
    // a window that spins forever on "Menyambungkan…".
    console.error('could not start the local sync node', error);
    const text = mainText(locale);
    dialog.showErrorBox(
      text.startFailedTitle,
      text.startFailedBody(dataDir, error instanceof Error ? error.message : String(error)),
    );
    app.exit(1);
    return;
  }
  console.log(`local sync node listening on ${node.link.url}`);
  serveAppScheme();
  const store = settings;
  const deps: HandlerDeps = {
    windows,
    node: () => {
      if (node === null) throw new Error('the local node is not running');
      return node;
    },
    settings: store,
    backup: {
      create: createBackup,
      inspect: inspectBackup,
      restore: async (file, dir) => (await restoreBackup(file, dir)).previous ?? '',
      extension: BACKUP_EXTENSION,
    },
    dataDir,
    logFile,
    locale: () => locale,
    setLocale: (next) => {
      if (next === locale) return;
      locale = next;
      setMenu(deps);
    },
    onSettingsChanged: async (before: DesktopSettings, after: DesktopSettings) => {
      // The CSP is computed per response: a reload of the windows picks up a new hub. The node takes
      // a new hub at once, restarting on the same link (the windows' providers reconnect).
      if (!hubChanged(before, after)) return;
      const next = upstreamFromSettings(after);
      console.log(`local sync node: hub set to ${next === null ? 'none' : describeUrlForLog(next.url)}`);
      await deps.node().setUpstream(next);
    },
  };
  registerIpc(ipcMain, ipcHandlers(deps), isOurSender, {
    warn: (message) => console.warn(message),
    error: (message, error) => console.error(message, error),
  });
  setMenu(deps);
  windows.openMain();
  if (pendingDeepLink !== null) openDeepLink(pendingDeepLink);
  pendingDeepLink = null;
}

// Before `ready`: the scheme must be known as standard and secure when the first window loads.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// A second copy would open the same data folder with a second node and two writers on one log.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp();
  // `electron .` in development: the OS must start Electron with our folder, not bare Electron.
  if (process.defaultApp && process.argv[1] !== undefined) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [path.resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  }

  app.on('second-instance', (_event, argv) => {
    windows.focusMain();
    const link = deepLinkInArgv(argv);
    if (link !== null) openDeepLink(link);
  });

  // macOS hands deep links to the running app through this event, also before `ready`.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (node === null) pendingDeepLink = url;
    else openDeepLink(url);
  });

  app.on('activate', () => {
    // macOS keeps the app alive without windows; the dock icon brings the window back.
    if (windows.main === null && node !== null) windows.openMain();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('before-quit', (event) => {
    const running = node;
    if (running === null) return;
    // Hold the quit until the node has flushed every acknowledged edit to disk, then quit again;
    // `node` is cleared first so the second `before-quit` passes straight through.
    event.preventDefault();
    node = null;
    running
      .stop()
      .catch((error: unknown) => console.error('the local sync node did not close cleanly', error))
      .finally(() => app.quit());
  });

  start().catch((error: unknown) => {
    console.error('Rembug failed to start', error);
    app.exit(1);
  });
}
