import { describe, expect, it } from 'vitest';
import { decodeHostArg, encodeHostArg, HOST_ARG_PREFIX } from '../../electron/common/host-arg';
import type { ElectronHost } from '../../shared/host';

const host: ElectronHost = {
  kind: 'electron',
  node: { url: 'ws://127.0.0.1:49152', token: 'sEcReT+/=_-token' },
  appVersion: '0.1.0',
};

const argvWith = (...extra: string[]) => ['/opt/Rembug/rembug', '--type=renderer', ...extra];

describe('host argument', () => {
  it('round-trips through the renderer command line', () => {
    expect(decodeHostArg(argvWith(encodeHostArg(host)))).toEqual({ ok: true, value: host });
  });

  it('survives any token characters without splitting the argument', () => {
    const arg = encodeHostArg({ ...host, node: { ...host.node, token: 'a b"c\'d=e&f\u00e9\u{1f600}' } });
    expect(arg).toMatch(/^--rembug-host=[A-Za-z0-9_-]+$/);
    const decoded = decodeHostArg(argvWith(arg));
    expect(decoded.ok && decoded.value.node.token).toBe('a b"c\'d=e&f\u00e9\u{1f600}');
  });

  it('refuses a missing or duplicated argument', () => {
    expect(decodeHostArg(argvWith()).ok).toBe(false);
    const arg = encodeHostArg(host);
    expect(decodeHostArg(argvWith(arg, arg)).ok).toBe(false);
  });

  it.each([
    ['not base64', `${HOST_ARG_PREFIX}%%%`],
    ['not JSON', `${HOST_ARG_PREFIX}${btoa('nope')}`],
    ['wrong shape', `${HOST_ARG_PREFIX}${btoa(JSON.stringify({ kind: 'electron' }))}`],
    [
      'node URL with a path',
      encodeHostArg({ ...host, node: { ...host.node, url: 'ws://127.0.0.1:1/evil?x=1' } }),
    ],
    ['non-websocket URL', encodeHostArg({ ...host, node: { ...host.node, url: 'http://127.0.0.1:1' } })],
  ])('refuses %s', (_name, arg) => {
    expect(decodeHostArg(argvWith(arg)).ok).toBe(false);
  });
});
