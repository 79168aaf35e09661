/** The few sentences main shows in its own dialogs, in the interface language. No Electron imports. */
import type { MenuLocale } from './menu-template';

const TEXT = {
  id: {
    backupFilter: 'Cadangan Rembug',
    restoreTitle: 'Pulihkan data dari cadangan?',
    restoreDetail: (createdAt: string, files: number) =>
      `Cadangan dibuat ${createdAt} (${files} berkas). Data di perangkat ini diganti dengan isi cadangan; data yang sekarang disimpan di sebelahnya, tidak dihapus. Rembug memuat ulang jendelanya.`,
    restore: 'Pulihkan',
    cancel: 'Batal',
    startFailedTitle: 'Rembug tidak dapat dimulai',
    startFailedBody: (dataDir: string, error: string) =>
      `Penyimpanan lokal tidak dapat dibuka (${dataDir}).\n\n${error}`,
  },
  en: {
    backupFilter: 'Rembug backup',
    restoreTitle: 'Restore data from the backup?',
    restoreDetail: (createdAt: string, files: number) =>
      `Backup made ${createdAt} (${files} files). The data on this device is replaced by the backup; the current data is kept beside it, not deleted. Rembug reloads its windows.`,
    restore: 'Restore',
    cancel: 'Cancel',
    startFailedTitle: 'Rembug cannot start',
    startFailedBody: (dataDir: string, error: string) =>
      `The local store cannot be opened (${dataDir}).\n\n${error}`,
  },
} as const;

export function mainText(locale: MenuLocale) {
  return TEXT[locale];
}
