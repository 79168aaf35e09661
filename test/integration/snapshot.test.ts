import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeSnapshot, MAX_SNAPSHOT_ROOMS } from '../../shared/sync/snapshot-format';
import {
  cleanup,
  connectClient,
  fetchDoc,
  makeTempDir,
  type NodeProcess,
  readMetrics,
  startNode,
  waitFor,
} from './harness';

afterEach(cleanup);

const AREA = 'kspn-borobudur/area';
const KLATEN = 'kspn-borobudur/region/33.10';
const MAGELANG = 'kspn-borobudur/region/33.08';
const WRITER = 'tok-writer-borobudur';
const KLATEN_ONLY = 'tok-klaten-only';

async function startSnapshotNode(): Promise<NodeProcess> {
  const file = path.join(makeTempDir(), 'tokens.json');
  writeFileSync(
    file,
    JSON.stringify({
      tokens: [
        { token: WRITER, name: 'Sekretariat KSPN', read: ['kspn-borobudur/*'], write: ['kspn-borobudur/*'] },
        { token: KLATEN_ONLY, name: 'Bappeda Klaten', region: '33.10', read: [AREA], write: [KLATEN] },
      ],
    }),
  );
  // Rooms unload quickly, so a test can see the snapshot's rooms released again.
  return startNode({ args: ['--auth', file, '--idle-unload-ms', '300'] });
}

/** Writes a few innovations into each room over ordinary sockets, then closes them. */
async function seedRooms(node: NodeProcess): Promise<void> {
  for (const [room, count] of [
    [AREA, 1],
    [KLATEN, 40],
    [MAGELANG, 25],
  ] as const) {
    const client = connectClient(node.url, room, { token: WRITER });
    await client.synced();
    const map = client.doc.getMap('innovations');
    client.doc.transact(() => {
      for (let i = 0; i < count; i++)
        map.set(`inv-${i}`, { name: `Inovasi ${i} di ${room}`, stage: 'uji coba' });
    });
    // Read back by a second client: the node holds it.
    await waitFor(async () => (await fetchDoc(node.url, room, WRITER)).getMap('innovations').size === count);
    client.destroy();
  }
}

interface PostOptions {
  token?: string;
  body?: string;
  contentType?: string;
  method?: string;
}

async function post(node: NodeProcess, options: PostOptions) {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json' };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${node.httpUrl}/snapshot`, {
    method: options.method ?? 'POST',
    headers,
    body: options.body,
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

const rooms = (...names: string[]) => JSON.stringify({ rooms: names });

async function roomsLoaded(node: NodeProcess): Promise<number> {
  return (await readMetrics(node)).get('rembug_rooms_loaded') ?? Number.NaN;
}

describe('POST /snapshot', () => {
  it('gives a read-all token every room, equal to what its sockets get, and releases the rooms', async () => {
    const node = await startSnapshotNode();
    await seedRooms(node);
    await waitFor(async () => (await roomsLoaded(node)) === 0, 10_000, 'seeded rooms unloaded');

    const response = await post(node, { token: WRITER, body: rooms(AREA, KLATEN, MAGELANG) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const snapshot = decodeSnapshot(response.bytes);
    expect([...snapshot.docs.keys()]).toEqual([AREA, KLATEN, MAGELANG]);
    expect(snapshot.refused).toEqual([]);
    for (const [room, update] of snapshot.docs) {
      const fromSnapshot = new Y.Doc();
      Y.applyUpdate(fromSnapshot, update);
      const fromSocket = await fetchDoc(node.url, room, WRITER);
      expect(fromSnapshot.getMap('innovations').toJSON()).toEqual(fromSocket.getMap('innovations').toJSON());
    }
    // Loaded for the answer only: unloaded again once idle.
    await waitFor(async () => (await roomsLoaded(node)) === 0, 10_000, 'snapshot rooms unloaded');
  });

  it('a socket opened on top of a snapshot exchanges only the difference', async () => {
    const node = await startSnapshotNode();
    await seedRooms(node);
    const snapshot = decodeSnapshot((await post(node, { token: WRITER, body: rooms(KLATEN) })).bytes);
    const update = snapshot.docs.get(KLATEN);
    if (update === undefined) throw new Error('no Klaten document in the snapshot');

    // Someone edits between the snapshot and the socket.
    const editor = connectClient(node.url, KLATEN, { token: WRITER });
    await editor.synced();
    editor.doc.getMap('innovations').set('inv-new', { name: 'Inovasi baru', stage: 'inisiatif' });
    await waitFor(async () =>
      (await fetchDoc(node.url, KLATEN, WRITER)).getMap('innovations').has('inv-new'),
    );

    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const late = connectClient(node.url, KLATEN, { token: WRITER, doc });
    await late.synced();
    expect(doc.getMap('innovations').size).toBe(41);
    const received = late.received.reduce((sum, message) => sum + message.byteLength, 0);
    expect(received).toBeLessThan(update.byteLength / 5);
  });

  it('a region token gets only the rooms it may read; the rest are listed as refused', async () => {
    const node = await startSnapshotNode();
    await seedRooms(node);
    const response = await post(node, { token: KLATEN_ONLY, body: rooms(AREA, KLATEN, MAGELANG) });
    expect(response.status).toBe(200);
    const snapshot = decodeSnapshot(response.bytes);
    expect([...snapshot.docs.keys()]).toEqual([AREA, KLATEN]);
    expect(snapshot.refused).toEqual([MAGELANG]);
    const klaten = new Y.Doc();
    Y.applyUpdate(klaten, snapshot.docs.get(KLATEN) ?? new Uint8Array());
    expect(klaten.getMap('innovations').size).toBe(40);
  });

  it('an unknown or missing token gets 401 and no content', async () => {
    const node = await startSnapshotNode();
    await seedRooms(node);
    for (const token of ['tok-not-in-the-file', undefined]) {
      const response = await post(
        node,
        token === undefined ? { body: rooms(KLATEN) } : { token, body: rooms(KLATEN) },
      );
      expect(response.status, String(token)).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(new TextDecoder().decode(response.bytes)).not.toContain('Inovasi');
    }
  });

  it('refuses bad requests (405, 415, 400, 413) and keeps serving', async () => {
    const node = await startSnapshotNode();
    await seedRooms(node);
    expect((await post(node, { token: WRITER, method: 'GET' })).status).toBe(405);
    const put = await post(node, { token: WRITER, method: 'PUT', body: rooms(KLATEN) });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('POST');
    expect((await post(node, { token: WRITER, body: rooms(KLATEN), contentType: 'text/plain' })).status).toBe(
      415,
    );
    for (const body of [
      '{"rooms": [',
      '[]',
      rooms(),
      rooms('../../etc/passwd'),
      rooms(KLATEN, 'Kspn/Region'),
      JSON.stringify({ rooms: [KLATEN, 42] }),
      JSON.stringify({
        rooms: Array.from({ length: MAX_SNAPSHOT_ROOMS + 1 }, (_, i) => `kspn-borobudur/r${i}`),
      }),
    ]) {
      expect((await post(node, { token: WRITER, body })).status, body.slice(0, 40)).toBe(400);
    }
    const huge = rooms(
      ...Array.from({ length: 500 }, (_, i) => `kspn-borobudur/region/${'x'.repeat(150)}${i}`),
    );
    expect(huge.length).toBeGreaterThan(64 * 1024);
    expect((await post(node, { token: WRITER, body: huge })).status).toBe(413);

    // Still serving: health, a snapshot, and a socket.
    expect((await fetch(`${node.httpUrl}/healthz`)).status).toBe(200);
    expect((await post(node, { token: WRITER, body: rooms(KLATEN) })).status).toBe(200);
    expect((await fetchDoc(node.url, MAGELANG, WRITER)).getMap('innovations').size).toBe(25);
    expect(node.running).toBe(true);
  });
});
