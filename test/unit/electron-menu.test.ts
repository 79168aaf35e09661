/** The native menus speak the interface language and do what they say. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { type MenuActions, menuTemplate } from '../../electron/main/menu-template';

function actions(): MenuActions {
  return {
    createBackup: vi.fn(),
    restoreBackup: vi.fn(),
    copyDiagnostics: vi.fn(),
    checkUpdates: vi.fn(),
    closePresenter: vi.fn(),
  };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const labels = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label);
const find = (template: MenuItemConstructorOptions[], label: string) =>
  items(template).find((item) => item.label === label);

describe('menu template', () => {
  it('is in Bahasa Indonesia for an Indonesian profile', () => {
    const template = menuTemplate({ locale: 'id', platform: 'win32', devTools: false, actions: actions() });
    expect(labels(template)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Jendela', 'Bantuan']);
    expect(find(template, 'Keluar')?.role).toBe('quit');
    expect(find(template, 'Salin')?.role).toBe('copy');
  });

  it('is in English for an English profile', () => {
    const template = menuTemplate({ locale: 'en', platform: 'linux', devTools: false, actions: actions() });
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('leads with the app menu on macOS, with quit there', () => {
    const template = menuTemplate({ locale: 'id', platform: 'darwin', devTools: false, actions: actions() });
    expect(labels(template)[0]).toBe('Rembug');
    expect(items(template).filter((item) => item.role === 'quit')).toHaveLength(1);
  });

  it('runs the desktop actions from their items', () => {
    const spies = actions();
    const template = menuTemplate({ locale: 'id', platform: 'win32', devTools: false, actions: spies });
    const click = (label: string) => {
      const item = find(template, label);
      (item?.click as (() => void) | undefined)?.();
    };
    click('Buat cadangan…');
    click('Pulihkan dari cadangan…');
    click('Salin info diagnostik');
    click('Periksa pembaruan…');
    click('Tutup papan proyektor');
    for (const spy of Object.values(spies)) expect(spy).toHaveBeenCalledOnce();
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (devTools: boolean) =>
      items(menuTemplate({ locale: 'en', platform: 'linux', devTools, actions: actions() })).map(
        (i) => i.role,
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
