/** The renderer's one reader of `window.rembug`: keeps the bridge only when it is complete. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDesktopApi } from '../../electron/common/desktop-bridge';
import { resolveHost } from '../../renderer/src/host';

const data = {
  kind: 'electron',
  node: { url: 'ws://127.0.0.1:40123', token: 't'.repeat(43) },
  appVersion: '0.1.0',
};

function stubWindow(rembug: unknown): void {
  vi.stubGlobal('window', {
    rembug,
    location: { protocol: 'rembug-app:', host: 'app', search: '', hash: '#/' },
  });
}

describe('resolveHost in the desktop app', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the host data and the desktop bridge', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { closed: true } }));
    stubWindow({ ...data, desktop: buildDesktopApi(invoke) });
    const result = resolveHost();
    expect(result).toMatchObject({ ok: true, host: data });
    if (!result.ok || result.host.kind !== 'electron') throw new Error('expected an electron host');
    await expect(result.host.desktop?.['presenter.close']({})).resolves.toEqual({
      ok: true,
      value: { closed: true },
    });
  });

  it('drops an incomplete bridge but keeps the host', () => {
    const { 'file.save': _dropped, ...partial } = buildDesktopApi(async () => ({ ok: true, value: {} }));
    stubWindow({ ...data, desktop: partial });
    const result = resolveHost();
    expect(result.ok && result.host.kind === 'electron' && result.host.desktop).toBe(undefined);
  });

  it('refuses malformed host data', () => {
    stubWindow({ ...data, node: { url: 'http://evil.example', token: '' } });
    expect(resolveHost().ok).toBe(false);
  });
});
