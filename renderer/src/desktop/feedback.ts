/** What the person sees after a desktop call: where the file went, or why nothing happened. */
import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import type { IpcError } from '../../../shared/ipc/contract';

export function showSaved(path: string): void {
  notifications.show({ color: 'teal', title: i18next.t('desktop.saved'), message: path });
}

export function showDesktopError(error: IpcError): void {
  // The message is for the log (in English, maybe with paths); the person gets a sentence.
  console.error(
    `desktop call failed: ${error.code}${error.reason ? ` (${error.reason})` : ''}: ${error.message}`,
  );
  notifications.show({ color: 'red', message: i18next.t(desktopErrorKey(error)) });
}

export function desktopErrorKey(error: IpcError) {
  if (error.code === 'failed' && error.reason !== undefined && error.reason in BACKUP_REASONS) {
    return BACKUP_REASONS[error.reason as keyof typeof BACKUP_REASONS];
  }
  return error.code === 'failed' ? 'desktop.failed' : 'desktop.refused';
}

const BACKUP_REASONS = {
  notBackup: 'desktop.backup.notBackup',
  corrupt: 'desktop.backup.corrupt',
  unsupportedVersion: 'desktop.backup.unsupportedVersion',
  hashMismatch: 'desktop.backup.corrupt',
  unsafeEntry: 'desktop.backup.corrupt',
  dataInUse: 'desktop.backup.dataInUse',
} as const;
