/**
 * What each IPC channel does. Thin: dialogs, files and windows here; the decisions (which URL, which
 * display, what text) come from the small modules. Wired in index.ts with `registerIpc`.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  type OpenDialogOptions,
  type SaveDialogOptions,
  screen,
  shell,
} from 'electron';
import { type DesktopSettings, MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { diagnosticsText } from '../diagnostics';
import { checkExternalUrl } from '../external-url';
import type { LocalNode } from '../local-node';
import { mainText } from '../main-text';
import type { MenuLocale } from '../menu-template';
import { savePdf } from '../print-pdf';
import type { SettingsStore } from '../settings-store';
import { checkForUpdates } from '../updates';
import type { Windows } from '../windows';
import type { Handlers, InvokeEvent } from './register';

/** The backup module's calls (electron/main/backup.ts), passed in so this file does not pick one. */
export interface BackupCalls {
  create(dataDir: string, file: string, appVersion: string): Promise<unknown>;
  inspect(file: string): Promise<{ createdAt: string; files: readonly unknown[] }>;
  /** Returns where the replaced data was kept. */
  restore(file: string, dataDir: string): Promise<string>;
  extension: string;
}

export interface HandlerDeps {
  windows: Windows;
  node: () => LocalNode;
  settings: SettingsStore;
  backup: BackupCalls;
  dataDir: string;
  logFile: string;
  locale: () => MenuLocale;
  setLocale: (locale: MenuLocale) => void;
  /**
   * Called after settings are stored: the CSP and the node's upstream depend on them. Rejects when the
   * node could not take the new hub (the settings stay stored; the next start uses them).
   */
  onSettingsChanged: (before: DesktopSettings, after: DesktopSettings) => Promise<void>;
}

function parentOf(event: InvokeEvent | null): BrowserWindow | null {
  return event === null ? null : BrowserWindow.fromWebContents(event.sender);
}

async function saveDialog(parent: BrowserWindow | null, options: SaveDialogOptions) {
  return parent === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options);
}

async function openDialog(parent: BrowserWindow | null, options: OpenDialogOptions) {
  return parent === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(parent, options);
}

/** Also used by the menus, which have no IPC event: `event` is null there. */
export function desktopActions(deps: HandlerDeps) {
  const text = () => mainText(deps.locale());
  return {
    async createBackup(event: InvokeEvent | null) {
      const stamp = new Date().toISOString().slice(0, 10);
      const choice = await saveDialog(parentOf(event), {
        defaultPath: `rembug-${stamp}${deps.backup.extension}`,
        filters: [{ name: text().backupFilter, extensions: [deps.backup.extension.replace(/^\./, '')] }],
      });
      if (choice.canceled || choice.filePath === undefined) return { saved: false as const };
      const file = choice.filePath;
      await deps.node().pausedFor(() => deps.backup.create(deps.dataDir, file, app.getVersion()));
      return { saved: true as const, path: file };
    },
    async restoreBackup(event: InvokeEvent | null) {
      const parent = parentOf(event);
      const choice = await openDialog(parent, {
        properties: ['openFile'],
        filters: [{ name: text().backupFilter, extensions: [deps.backup.extension.replace(/^\./, '')] }],
      });
      const file = choice.filePaths[0];
      if (choice.canceled || file === undefined) return { restored: false as const };
      // Checked in full before asking, so the question is never put for a file that cannot be restored.
      const manifest = await deps.backup.inspect(file);
      const confirm = {
        type: 'warning' as const,
        buttons: [text().restore, text().cancel],
        defaultId: 1,
        cancelId: 1,
        message: text().restoreTitle,
        detail: text().restoreDetail(
          new Date(manifest.createdAt).toLocaleString(deps.locale()),
          manifest.files.length,
        ),
      };
      const answer =
        parent === null ? await dialog.showMessageBox(confirm) : await dialog.showMessageBox(parent, confirm);
      if (answer.response !== 0) return { restored: false as const };
      const keptCopy = await deps.node().pausedFor(() => deps.backup.restore(file, deps.dataDir));
      // The documents changed under the windows' feet: reload them onto the restored data.
      deps.windows.reloadAll();
      return { restored: true as const, keptCopy };
    },
    async copyDiagnostics() {
      let logText = '';
      try {
        logText = await readFile(deps.logFile, 'utf8');
      } catch (error) {
        logText = `(no log: ${error instanceof Error ? error.message : String(error)})`;
      }
      const node = deps.node();
      const { text: report, lines } = diagnosticsText({
        appVersion: app.getVersion(),
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        versions: process.versions,
        dataDir: deps.dataDir,
        nodeState: node.state(),
        secrets: [node.link.token, deps.settings.get().hubToken].filter((secret) => secret !== ''),
        logText,
      });
      clipboard.writeText(report);
      return { lines };
    },
    async checkUpdates(event: InvokeEvent | null) {
      return checkForUpdates(deps.settings.get(), parentOf(event), deps.locale());
    },
    closePresenter() {
      return deps.windows.closePresenter();
    },
  };
}

export function ipcHandlers(deps: HandlerDeps): Handlers {
  const actions = desktopActions(deps);
  return {
    'file.save': async ({ suggestedName, filters, bytes }, event) => {
      const choice = await saveDialog(parentOf(event), { defaultPath: suggestedName, filters });
      if (choice.canceled || choice.filePath === undefined) return { saved: false };
      await writeFile(choice.filePath, bytes);
      return { saved: true, path: choice.filePath };
    },
    'file.open': async ({ filters }, event) => {
      const choice = await openDialog(parentOf(event), { properties: ['openFile'], filters });
      const file = choice.filePaths[0];
      if (choice.canceled || file === undefined) return { opened: false };
      if ((await stat(file)).size > MAX_FILE_BYTES) throw new Error('file too big');
      return { opened: true, name: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
    },
    'print.pdf': ({ route, suggestedName }, event) =>
      savePdf(deps.windows, parentOf(event), route, suggestedName),
    'presenter.open': async ({ route }) => ({
      display: deps.windows.openPresenter(route, screen.getAllDisplays(), screen.getPrimaryDisplay().id),
    }),
    'presenter.close': async () => ({ closed: actions.closePresenter() }),
    'backup.create': (_args, event) => actions.createBackup(event),
    'backup.restore': (_args, event) => actions.restoreBackup(event),
    'diagnostics.copy': () => actions.copyDiagnostics(),
    'external.open': async ({ url }) => {
      const checked = checkExternalUrl(url);
      if (!checked.ok)
        throw Object.assign(new Error(`refused external link: ${checked.reason}`), { code: 'refusedUrl' });
      await shell.openExternal(checked.url);
      return {};
    },
    'updates.check': (_args, event) => actions.checkUpdates(event),
    'settings.get': async () => deps.settings.get(),
    'settings.set': async (patch) => {
      const before = deps.settings.get();
      const next = await deps.settings.set(patch);
      await deps.onSettingsChanged(before, next);
      return next;
    },
    'node.status': async () => ({ upstream: await deps.node().upstreamStatus() }),
    'fgd.lan': async ({ on }) => ({ on, addresses: (await deps.node().setLanHosting(on)).addresses }),
    'menu.language': async ({ locale }) => {
      deps.setLocale(locale);
      return {};
    },
  };
}
