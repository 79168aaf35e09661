/**
 * The "Uji koneksi" check against a real node with a tokens file: what each refusal looks like to the
 * person, and that the probe leaves no socket open behind it.
 */

import { writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { checkHub } from '../../renderer/src/sync/hub-check';
import type { TokenGrant } from '../../shared/sync/tokens';
import { cleanup, freePort, HOST, makeTempDir, type NodeProcess, startNode } from './harness';

afterEach(cleanup);

const AREA = 'kspn-borobudur';

const KLATEN: TokenGrant = {
  token: 'tok-klaten-editor',
  name: 'Diskominfo Klaten',
  region: '33.10',
  read: ['kspn-borobudur/*'],
  write: ['kspn-borobudur/region/33.10'],
};
/** Known to the hub, but for another area only. */
const ELSEWHERE: TokenGrant = {
  token: 'tok-other-area',
  name: 'Diskominfo Lain',
  read: ['other-area/*'],
  write: [],
};

/** The `ws` client, remembering every socket it opened so a test can see they were all closed. */
const opened: WebSocket[] = [];
class TrackedWebSocket extends WebSocket {
  constructor(address: string) {
    super(address);
    opened.push(this);
  }
}
// ws implements the WebSocket interface the check uses; its declared types differ from the DOM's.
const WebSocketImpl = TrackedWebSocket as unknown as typeof globalThis.WebSocket;

async function startHub(): Promise<NodeProcess> {
  const tokensFile = path.join(makeTempDir(), 'tokens.json');
  writeFileSync(tokensFile, JSON.stringify({ tokens: [KLATEN, ELSEWHERE] }));
  return startNode({ args: ['--auth', tokensFile] });
}

function expectAllClosed(): void {
  expect(opened.length).toBeGreaterThan(0);
  for (const socket of opened.splice(0))
    expect([WebSocket.CLOSING, WebSocket.CLOSED]).toContain(socket.readyState);
}

describe('checkHub', () => {
  it('a token that may read the area passes; an unknown one is unauthorized; another area’s is forbidden', async () => {
    const hub = await startHub();
    expect(await checkHub(hub.url, KLATEN.token, AREA, { WebSocketImpl })).toEqual({ ok: true });
    expect(await checkHub(hub.url, 'tok-nobody-knows', AREA, { WebSocketImpl })).toEqual({
      ok: false,
      reason: 'unauthorized',
    });
    expect(await checkHub(hub.url, '', AREA, { WebSocketImpl })).toEqual({
      ok: false,
      reason: 'unauthorized',
    });
    expect(await checkHub(hub.url, ELSEWHERE.token, AREA, { WebSocketImpl })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expectAllClosed();
  });

  it('accepts the address as a person types it', async () => {
    const hub = await startHub();
    // "127.0.0.1:<port>" without a scheme is a LAN address with a port: ws://.
    expect(await checkHub(`${HOST}:${hub.port}`, KLATEN.token, AREA, { WebSocketImpl })).toEqual({
      ok: true,
    });
    expect(await checkHub(`http://${HOST}:${hub.port}/`, KLATEN.token, AREA, { WebSocketImpl })).toEqual({
      ok: true,
    });
    expectAllClosed();
  });

  it('nothing listening: unreachable', async () => {
    const port = await freePort();
    expect(await checkHub(`ws://${HOST}:${port}`, KLATEN.token, AREA, { WebSocketImpl })).toEqual({
      ok: false,
      reason: 'unreachable',
    });
    expectAllClosed();
  });

  it('a server that accepts the connection and never answers: timeout', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, HOST, resolve));
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    try {
      const started = Date.now();
      const result = await checkHub(`ws://${HOST}:${address.port}`, KLATEN.token, AREA, {
        WebSocketImpl,
        timeoutMs: 300,
      });
      expect(result).toEqual({ ok: false, reason: 'timeout' });
      expect(Date.now() - started).toBeLessThan(3_000);
      expectAllClosed();
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('no address at all: badAddress, without opening a socket', async () => {
    expect(await checkHub('bukan alamat', KLATEN.token, AREA, { WebSocketImpl })).toEqual({
      ok: false,
      reason: 'badAddress',
    });
    expect(opened).toEqual([]);
  });
});
