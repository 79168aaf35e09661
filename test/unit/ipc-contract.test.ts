/** The contract's argument rules and the bridge the preload builds from it. */
import { describe, expect, it, vi } from 'vitest';
import { buildDesktopApi } from '../../electron/common/desktop-bridge';
import { desktopApiFrom } from '../../renderer/src/desktop/bridge-check';
import { filtersFor, safeFileName } from '../../renderer/src/desktop/file-filters';
import { IPC_CHANNELS, ipcChannelName, ipcContract, MAX_FILE_BYTES } from '../../shared/ipc/contract';

describe('the bridge the preload exposes', () => {
  it('has exactly the contract channels, as functions, frozen', () => {
    const api = buildDesktopApi(async () => ({ ok: true, value: {} }));
    expect(Object.keys(api).sort()).toEqual([...IPC_CHANNELS].sort());
    for (const channel of IPC_CHANNELS) expect(typeof api[channel]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api)).not.toContain('invoke');
  });

  it('invokes the prefixed channel with the arguments as given', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { display: 'same' } }));
    const api = buildDesktopApi(invoke);
    await expect(api['presenter.open']({ route: '/papan/fgd/f1' })).resolves.toEqual({
      ok: true,
      value: { display: 'same' },
    });
    expect(invoke).toHaveBeenCalledWith(ipcChannelName('presenter.open'), { route: '/papan/fgd/f1' });
  });

  it('turns a rejected invoke (no handler in main) into a failed value', async () => {
    const api = buildDesktopApi(async () => {
      throw new Error("No handler registered for 'rembug:settings.get'");
    });
    await expect(api['settings.get']({})).resolves.toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('is recognised by the renderer only when every channel is there', () => {
    const api = buildDesktopApi(async () => ({ ok: true, value: {} }));
    expect(desktopApiFrom(api)).toBe(api);
    const { 'print.pdf': _dropped, ...partial } = api;
    expect(desktopApiFrom(partial)).toBeUndefined();
    expect(desktopApiFrom({ ...api, 'file.save': 'not a function' })).toBeUndefined();
    expect(desktopApiFrom(undefined)).toBeUndefined();
  });
});

describe('argument rules', () => {
  const presenter = ipcContract['presenter.open'].args;
  it.each(['/papan/fgd/f1', '/papan/komitmen/c_1-x'])('presenter accepts %s', (route) => {
    expect(presenter.safeParse({ route }).success).toBe(true);
  });
  it.each([
    '/papan/fgd/',
    '/papan/fgd/a/b',
    '/papan/lain/x',
    '/cetak/komitmen/x',
    '/papan/fgd/x?token=1',
    'papan/fgd/x',
    '//evil.example/papan/fgd/x',
    '/papan/fgd/x\n',
  ])('presenter refuses %s', (route) => {
    expect(presenter.safeParse({ route }).success).toBe(false);
  });

  const pdf = ipcContract['print.pdf'].args;
  it.each(['/cetak/komitmen/c1', '/cetak/replikasi/33.10/p1', '/cetak/masterplan/33.10/buku-1'])(
    'print accepts %s',
    (route) => {
      expect(pdf.safeParse({ route, suggestedName: 'Komitmen.pdf' }).success).toBe(true);
    },
  );
  it.each([
    '/cetak/komitmen',
    '/cetak/../../etc',
    '/cetak/a/../b',
    '/papan/fgd/x',
    '/cetak/a/b/c/d',
    'https://x/cetak/a/b',
  ])('print refuses %s', (route) => {
    expect(pdf.safeParse({ route, suggestedName: 'x.pdf' }).success).toBe(false);
  });

  it('save takes a file name, never a path, and bytes within the bound', () => {
    const save = ipcContract['file.save'].args;
    const ok = {
      suggestedName: 'katalog.xlsx',
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      bytes: new Uint8Array(3),
    };
    expect(save.safeParse(ok).success).toBe(true);
    for (const suggestedName of ['../x.xlsx', 'C:\\x.xlsx', '/etc/passwd', '', 'a\u0000b'])
      expect(save.safeParse({ ...ok, suggestedName }).success).toBe(false);
    expect(save.safeParse({ ...ok, bytes: [1, 2, 3] }).success).toBe(false);
    expect(save.safeParse({ ...ok, bytes: new Uint8Array(MAX_FILE_BYTES + 1) }).success).toBe(false);
  });

  it('settings take https update feeds only', () => {
    const set = ipcContract['settings.set'].args;
    expect(set.safeParse({ updateUrl: 'https://updates.example.id/rembug' }).success).toBe(true);
    expect(set.safeParse({ updateUrl: '' }).success).toBe(true);
    expect(set.safeParse({ updateUrl: 'http://updates.example.id/' }).success).toBe(false);
    expect(set.safeParse({ hubUrl: 'wss://hub.example.id' }).success).toBe(true);
    expect(set.safeParse({ hubUrl: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('renderer file helpers', () => {
  it('offers the filter of the file type', () => {
    expect(filtersFor('katalog.XLSX')).toEqual([{ name: 'Excel', extensions: ['xlsx'] }]);
    expect(filtersFor('notulen.docx')[0]?.extensions).toEqual(['docx']);
    expect(filtersFor('noextension')).toEqual([]);
  });

  it('makes a title into a file name the contract accepts', () => {
    const name = safeFileName('Komitmen: Klaten / Boyolali\n2026', 'pdf');
    expect(name).toBe('Komitmen Klaten Boyolali 2026.pdf');
    expect(
      ipcContract['print.pdf'].args.safeParse({ route: '/cetak/komitmen/c1', suggestedName: name }).success,
    ).toBe(true);
    expect(safeFileName('  ', 'pdf')).toBe('Rembug.pdf');
  });
});
