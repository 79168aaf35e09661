/**
 * Update checks through electron-updater with a generic feed from the desktop settings. Off by
 * default; never downloads on its own: a found update is offered, and downloaded and installed only
 * when the person agrees in a dialog.
 */
import { type BrowserWindow, dialog } from 'electron';
import electronUpdater from 'electron-updater';
import type { DesktopSettings } from '../../shared/ipc/contract';
import { updateFeed } from './update-feed';

export type UpdateStatus = { status: 'off' | 'upToDate' | 'available' | 'downloading'; version?: string };

export async function checkForUpdates(
  settings: DesktopSettings,
  parent: BrowserWindow | null,
  locale: 'id' | 'en',
): Promise<UpdateStatus> {
  const feed = updateFeed(settings);
  if (feed === null) return { status: 'off' };
  // electron-updater is CommonJS: its named exports come through the default import.
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.setFeedURL(feed);
  const result = await autoUpdater.checkForUpdates();
  if (result === null || !result.isUpdateAvailable) return { status: 'upToDate' };
  const version = result.updateInfo.version;
  const id = locale === 'id';
  const message = {
    type: 'question' as const,
    buttons: id ? ['Unduh dan pasang', 'Nanti'] : ['Download and install', 'Later'],
    defaultId: 1,
    cancelId: 1,
    message: id ? `Rembug ${version} tersedia.` : `Rembug ${version} is available.`,
    detail: id
      ? 'Unduhan berjalan di latar; Rembug dimulai ulang setelah selesai.'
      : 'It downloads in the background; Rembug restarts when it is done.',
  };
  const answer =
    parent === null ? await dialog.showMessageBox(message) : await dialog.showMessageBox(parent, message);
  if (answer.response !== 0) return { status: 'available', version };
  autoUpdater.once('update-downloaded', () => autoUpdater.quitAndInstall());
  void autoUpdater.downloadUpdate().catch((error: unknown) => console.error('update download failed', error));
  return { status: 'downloading', version };
}
