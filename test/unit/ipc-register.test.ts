/** The IPC registration: every call is checked, parsed and answered with a value, never a throw. */
import { describe, expect, it, vi } from 'vitest';
import {
  type Handlers,
  type InvokeEvent,
  type IpcMainLike,
  registerIpc,
} from '../../electron/main/ipc/register';
import { isTrustedSender, schemeAndHost } from '../../electron/main/ipc/sender';
import { IPC_CHANNELS, ipcChannelName } from '../../shared/ipc/contract';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const call = (channel: string, event: InvokeEvent, args: unknown) => {
    const listener = listeners.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener(event, args);
  };
  return { ipcMain, listeners, call };
}

/** An event from a frame at `url` in web contents `id` (only the two fields the checks read). */
function eventFrom(url: string | null, id = 1): InvokeEvent {
  return { senderFrame: url === null ? null : { url }, sender: { id } } as unknown as InvokeEvent;
}

const unexpected = async (): Promise<never> => {
  throw new Error('not used in this test');
};

function handlers(overrides: Partial<Handlers>): Handlers {
  const all = Object.fromEntries(IPC_CHANNELS.map((c) => [c, unexpected])) as unknown as Handlers;
  return { ...all, ...overrides };
}

function setUp(overrides: Partial<Handlers>) {
  const fake = fakeIpcMain();
  const log = { warn: vi.fn(), error: vi.fn() };
  const ours = (event: InvokeEvent) =>
    isTrustedSender(
      { frameUrl: event.senderFrame?.url ?? null, webContentsId: event.sender.id },
      new Set(['rembug-app://app']),
      new Set([1]),
    );
  registerIpc(fake.ipcMain, handlers(overrides), ours, log);
  return { ...fake, log };
}

const GOOD = 'rembug-app://app/index.html#/cetak/komitmen/abc';

describe('registerIpc', () => {
  it('registers exactly the contract channels, prefixed', () => {
    const { listeners } = setUp({});
    expect([...listeners.keys()].sort()).toEqual(IPC_CHANNELS.map(ipcChannelName).sort());
  });

  it('answers a good call with the handler value and the parsed arguments', async () => {
    const presenter = vi.fn(async () => ({ display: 'second' as const }));
    const { call } = setUp({ 'presenter.open': presenter });
    const answer = await call(ipcChannelName('presenter.open'), eventFrom(GOOD), { route: '/papan/fgd/f1' });
    expect(answer).toEqual({ ok: true, value: { display: 'second' } });
    expect(presenter).toHaveBeenCalledWith({ route: '/papan/fgd/f1' }, expect.anything());
  });

  it.each([
    ['another origin', eventFrom('https://evil.example/#/papan/fgd/f1')],
    ['a file:// page', eventFrom('file:///tmp/x.html')],
    ['a window that is not ours', eventFrom(GOOD, 99)],
    ['a frame already gone', eventFrom(null)],
    ['a lookalike scheme', eventFrom('rembug-app://app.evil/index.html')],
  ])('refuses a call from %s without running the handler', async (_name, event) => {
    const presenter = vi.fn(async () => ({ display: 'same' as const }));
    const { call, log } = setUp({ 'presenter.open': presenter });
    const answer = await call(ipcChannelName('presenter.open'), event, { route: '/papan/fgd/f1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(presenter).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it.each([
    ['no arguments', undefined],
    ['a route outside the boards', { route: '/pengaturan' }],
    ['a route with a traversal', { route: '/papan/fgd/../../cetak' }],
    ['a full URL', { route: 'https://evil.example/papan/fgd/x' }],
    ['a wrong type', { route: 42 }],
  ])('refuses bad arguments (%s) without running the handler', async (_name, args) => {
    const presenter = vi.fn(async () => ({ display: 'same' as const }));
    const { call } = setUp({ 'presenter.open': presenter });
    const answer = await call(ipcChannelName('presenter.open'), eventFrom(GOOD), args);
    expect(answer).toMatchObject({ ok: false, error: { code: 'badArgs' } });
    expect(presenter).not.toHaveBeenCalled();
  });

  it('turns a thrown handler error into a failed value, with its code, and logs it', async () => {
    const { call, log } = setUp({
      'backup.restore': async () => {
        throw Object.assign(new Error('hash of data/x differs'), { code: 'hashMismatch' });
      },
    });
    const answer = await call(ipcChannelName('backup.restore'), eventFrom(GOOD), {});
    expect(answer).toEqual({
      ok: false,
      error: { code: 'failed', message: 'hash of data/x differs', reason: 'hashMismatch' },
    });
    expect(log.error).toHaveBeenCalledWith('ipc backup.restore failed', expect.any(Error));
  });

  it('treats a sender check that throws as a stranger', async () => {
    const fake = fakeIpcMain();
    const log = { warn: vi.fn(), error: vi.fn() };
    registerIpc(
      fake.ipcMain,
      handlers({}),
      () => {
        throw new Error('Render frame was disposed');
      },
      log,
    );
    const answer = await fake.call(ipcChannelName('settings.get'), eventFrom(GOOD), {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('scheme and host of a sender', () => {
  it.each([
    ['rembug-app://app/index.html#/x', 'rembug-app://app'],
    ['http://localhost:5173/#/x', 'http://localhost:5173'],
    ['file:///etc/passwd', null],
    ['about:blank', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(schemeAndHost(url)).toBe(expected);
  });
});
