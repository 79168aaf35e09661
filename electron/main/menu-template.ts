/**
 * The native menus, in the interface language the renderer reports (Bahasa Indonesia by default).
 * A pure builder: index.ts passes the result to `Menu.buildFromTemplate`; tests read it as data.
 * Types-only Electron import.
 */
import type { MenuItemConstructorOptions } from 'electron';

export type MenuLocale = 'id' | 'en';

export interface MenuActions {
  createBackup(): void;
  restoreBackup(): void;
  copyDiagnostics(): void;
  checkUpdates(): void;
  closePresenter(): void;
}

export interface MenuInputs {
  locale: MenuLocale;
  platform: NodeJS.Platform;
  /** Development builds only: reload and developer tools. */
  devTools: boolean;
  actions: MenuActions;
}

const LABELS = {
  id: {
    file: 'Berkas',
    createBackup: 'Buat cadangan…',
    restoreBackup: 'Pulihkan dari cadangan…',
    quit: 'Keluar',
    edit: 'Sunting',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih semua',
    view: 'Tampilan',
    reload: 'Muat ulang',
    devTools: 'Alat pengembang',
    resetZoom: 'Ukuran asli',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    fullScreen: 'Layar penuh',
    window: 'Jendela',
    minimize: 'Kecilkan',
    closePresenter: 'Tutup papan proyektor',
    help: 'Bantuan',
    copyDiagnostics: 'Salin info diagnostik',
    checkUpdates: 'Periksa pembaruan…',
    about: 'Tentang Rembug',
  },
  en: {
    file: 'File',
    createBackup: 'Create backup…',
    restoreBackup: 'Restore from backup…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    window: 'Window',
    minimize: 'Minimise',
    closePresenter: 'Close projector board',
    help: 'Help',
    copyDiagnostics: 'Copy diagnostic info',
    checkUpdates: 'Check for updates…',
    about: 'About Rembug',
  },
} as const satisfies Record<MenuLocale, Record<string, string>>;

export function menuTemplate(inputs: MenuInputs): MenuItemConstructorOptions[] {
  const l = LABELS[inputs.locale];
  const { actions } = inputs;
  const mac = inputs.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Rembug',
      submenu: [{ role: 'about', label: l.about }, { type: 'separator' }, { role: 'quit', label: l.quit }],
    });
  }
  template.push(
    {
      label: l.file,
      submenu: [
        { label: l.createBackup, click: () => actions.createBackup() },
        { label: l.restoreBackup, click: () => actions.restoreBackup() },
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        ...(inputs.devTools
          ? [
              { role: 'reload', label: l.reload } as const,
              { role: 'toggleDevTools', label: l.devTools } as const,
            ]
          : []),
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    {
      label: l.window,
      submenu: [
        { role: 'minimize', label: l.minimize },
        { label: l.closePresenter, click: () => actions.closePresenter() },
      ],
    },
    {
      label: l.help,
      submenu: [
        { label: l.copyDiagnostics, click: () => actions.copyDiagnostics() },
        { label: l.checkUpdates, click: () => actions.checkUpdates() },
        ...(mac ? [] : [{ role: 'about', label: l.about } as const]),
      ],
    },
  );
  return template;
}
