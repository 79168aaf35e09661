/**
 * Cross-origin calls from the desktop renderer (`rembug-app://app`) to the node's HTTP routes: only
 * listed origins get CORS headers, preflights are answered, everyone else is left to the browser's
 * same-origin rule. The node runs in-process here: CORS is a property of its HTTP handler.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type SyncNode, startSyncNode } from '../../electron/sync-node/index';
import { CloseCode } from '../../shared/sync/protocol';
import { decodeSnapshot } from '../../shared/sync/snapshot-format';
import { cleanup, connectClient, makeSandbox, waitFor } from './harness';

const APP_ORIGIN = 'rembug-app://app';
const TOKEN = 'tok-desktop-0123456789abcdef';
const ROOM = 'kspn-borobudur/fgd/solo-2021';
const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

const nodes: SyncNode[] = [];

afterEach(async (context) => {
  await Promise.all(nodes.splice(0).map((node) => node.close()));
  await cleanup(context);
});

async function startNode(allowedOrigins?: string[]): Promise<{ node: SyncNode; http: string }> {
  const node = await startSyncNode({
    host: '127.0.0.1',
    port: 0,
    dataDir: makeSandbox().dataDir,
    log: quietLog,
    allowedOrigins,
    auth: { config: { tokens: [{ token: TOKEN, name: 'Rembug desktop', read: ['*'], write: ['*'] }] } },
  });
  nodes.push(node);
  return { node, http: `http://127.0.0.1:${node.port}` };
}

function preflight(http: string, origin: string): Promise<Response> {
  return fetch(`${http}/fgd/hosting`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });
}

describe('CORS for the desktop renderer', () => {
  it('answers a listed origin’s preflight with 204 and the headers the routes need', async () => {
    const { http } = await startNode([APP_ORIGIN]);
    const response = await preflight(http, APP_ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('lets a listed origin read the answer of a real call', async () => {
    const { http } = await startNode([APP_ORIGIN]);
    const response = await fetch(`${http}/fgd/hosting`, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ room: ROOM }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(((await response.json()) as { code: string }).code).toMatch(/^\d{6}$/);
  });

  it('lets the desktop renderer read a streamed snapshot of the area (its first load at every start)', async () => {
    const { http } = await startNode([APP_ORIGIN]);
    const response = await fetch(`${http}/snapshot`, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ rooms: [ROOM] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    const entries = decodeSnapshot(new Uint8Array(await response.arrayBuffer()));
    expect(entries).toEqual([{ kind: 'document', name: ROOM, updates: [] }]);
  });

  it('gives any other origin no CORS headers and refuses its preflight', async () => {
    const { http } = await startNode([APP_ORIGIN]);
    const refused = await preflight(http, 'https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const call = await fetch(`${http}/healthz`, { headers: { origin: 'http://127.0.0.1:9999' } });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends no CORS headers at all when no origin is listed', async () => {
    const { http } = await startNode();
    const response = await preflight(http, APP_ORIGIN);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.status).not.toBe(204);
  });
});

describe('LAN listener', () => {
  it('makes join URLs name the LAN port while it is on, and the loopback bind after', async () => {
    const { node, http } = await startNode();
    const hosted = async () => {
      const response = await fetch(`${http}/fgd/hosting`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ room: ROOM }),
      });
      return (await response.json()) as { code: string; joinUrls: string[] };
    };
    expect((await hosted()).joinUrls.every((url) => url.startsWith(`http://127.0.0.1:${node.port}/`))).toBe(
      true,
    );

    const lan = await node.startLan();
    expect(node.lan).toEqual(lan);
    const { code, joinUrls: urls } = await hosted();
    expect(urls.map((url) => new URL(url).origin)).toEqual(lan.addresses);
    // A join through the LAN port reaches the same node.
    const joined = await fetch(`http://127.0.0.1:${lan.port}/fgd/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, name: 'Sri', region: '33.10' }),
    });
    expect(joined.status).toBe(200);
    // The participant is sent to the node through the LAN port it came in by.
    expect(((await joined.json()) as { node: string }).node).toBe(`ws://127.0.0.1:${lan.port}`);
    const phone = connectClient(`ws://127.0.0.1:${lan.port}`, ROOM, { token: TOKEN });
    await phone.synced();
    const desk = connectClient(`ws://127.0.0.1:${node.port}`, ROOM, { token: TOKEN });
    await desk.synced();

    await node.stopLan();
    expect(node.lan).toBeNull();
    // Sockets that came in over the LAN are dropped with it; the desktop's own stays.
    await waitFor(() => phone.closes.some((close) => close.code === CloseCode.shuttingDown), 3_000);
    expect(desk.provider.wsconnected).toBe(true);
    phone.destroy();
    expect((await hosted()).joinUrls.every((url) => url.startsWith(`http://127.0.0.1:${node.port}/`))).toBe(
      true,
    );
    // Opening it again in the same run takes the same port, so a QR code already shown stays right.
    expect((await node.startLan()).port).toBe(lan.port);
  });
});
