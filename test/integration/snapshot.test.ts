import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { roomFileStem } from '../../electron/sync-node/storage/disk-doc-store';
import {
  decodeSnapshot,
  MAX_SNAPSHOT_ROOMS,
  type SnapshotEntry,
  SnapshotReader,
} from '../../shared/sync/snapshot-format';
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
/** A room nobody ever wrote to: no files on disk. */
const NEVER_WRITTEN = 'kspn-borobudur/region/33.99';

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

/** Seeded rooms are unloaded (and so compacted to a snapshot file) once idle. */
async function seedUnloaded(node: NodeProcess): Promise<void> {
  await seedRooms(node);
  await waitFor(async () => (await roomsLoaded(node)) === 0, 10_000, 'seeded rooms unloaded');
}

/** `count` rooms of about `bytes` each (one long text), written over sockets and unloaded again. */
async function seedBigRooms(node: NodeProcess, count: number, bytes: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `kspn-borobudur/region/big-${i}`);
  for (const [i, room] of names.entries()) {
    const client = connectClient(node.url, room, { token: WRITER });
    await client.synced();
    client.doc.getText('text').insert(0, `${i} `.padEnd(bytes, 'abcdefghij'));
    await waitFor(async () => (await fetchDoc(node.url, room, WRITER)).getText('text').length === bytes);
    client.destroy();
  }
  await waitFor(async () => (await roomsLoaded(node)) === 0, 10_000, 'big rooms unloaded');
  return names;
}

/** The node's files of a room (layout: electron/sync-node/storage/disk-doc-store.ts). */
function roomFiles(node: NodeProcess, room: string): { snapshot: string; log: string } {
  const stem = path.join(node.dataDir, 'rooms', roomFileStem(room));
  return { snapshot: `${stem}.snap`, log: `${stem}.log` };
}

interface PostOptions {
  token?: string;
  body?: string;
  contentType?: string;
  method?: string;
}

function postRequest(node: NodeProcess, options: PostOptions, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json' };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  return fetch(`${node.httpUrl}/snapshot`, {
    method: options.method ?? 'POST',
    headers,
    body: options.body,
    ...(signal ? { signal } : {}),
  });
}

async function post(node: NodeProcess, options: PostOptions) {
  const response = await postRequest(node, options);
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

/** The entries by room name (the node sends them in whatever order it finished them). */
function byRoom(entries: readonly SnapshotEntry[]): Map<string, SnapshotEntry> {
  return new Map(entries.map((entry) => [entry.name, entry]));
}

function updatesOf(entry: SnapshotEntry | undefined): readonly Uint8Array[] {
  if (entry?.kind !== 'document') throw new Error(`not a document: ${JSON.stringify(entry)}`);
  return entry.updates;
}

function docOf(entry: SnapshotEntry | undefined): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updatesOf(entry)) Y.applyUpdate(doc, update);
  return doc;
}

const innovations = (doc: Y.Doc) => doc.getMap('innovations').toJSON();

describe('POST /snapshot', () => {
  it('answers rooms nobody holds straight from their files, as sockets see them, without loading', async () => {
    const node = await startSnapshotNode();
    await seedUnloaded(node);

    const response = await post(node, { token: WRITER, body: rooms(AREA, KLATEN, MAGELANG, NEVER_WRITTEN) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('cache-control')).toBe('no-store');
    // Read from disk only: no room was loaded for the answer.
    expect(await roomsLoaded(node)).toBe(0);
    expect(node.stderr()).toMatch(/snapshot: 4 rooms \(\d+ bytes, 4 from disk\)/);

    const entries = byRoom(decodeSnapshot(response.bytes));
    expect([...entries.keys()].sort()).toEqual([AREA, KLATEN, MAGELANG, NEVER_WRITTEN].sort());
    // Compacted when the seeding sockets left: one stored snapshot each, no log records since.
    for (const room of [AREA, KLATEN, MAGELANG]) expect(updatesOf(entries.get(room))).toHaveLength(1);
    expect(updatesOf(entries.get(NEVER_WRITTEN))).toEqual([]);
    for (const room of [AREA, KLATEN, MAGELANG, NEVER_WRITTEN]) {
      const fromSocket = await fetchDoc(node.url, room, WRITER);
      expect(innovations(docOf(entries.get(room))), room).toEqual(innovations(fromSocket));
    }
    expect(innovations(docOf(entries.get(KLATEN)))).toHaveProperty('inv-39');
    // The sockets loaded them; they are unloaded again once idle.
    await waitFor(async () => (await roomsLoaded(node)) === 0, 10_000, 'rooms unloaded');
  });

  it('a room held in memory is answered from memory, newest edits included, as one update', async () => {
    const node = await startSnapshotNode();
    await seedUnloaded(node);
    const editor = connectClient(node.url, KLATEN, { token: WRITER });
    await editor.synced();
    editor.doc.getMap('innovations').set('inv-fresh', { name: 'Belum dipadatkan', stage: 'inisiatif' });
    await waitFor(async () =>
      (await fetchDoc(node.url, KLATEN, WRITER)).getMap('innovations').has('inv-fresh'),
    );

    const entries = byRoom(
      decodeSnapshot((await post(node, { token: WRITER, body: rooms(AREA, KLATEN) })).bytes),
    );
    expect(updatesOf(entries.get(KLATEN))).toHaveLength(1);
    expect(innovations(docOf(entries.get(KLATEN)))).toEqual(innovations(editor.doc));
    expect(innovations(docOf(entries.get(AREA)))).toHaveProperty('inv-0');
    // The area room was read from disk: only Klaten, held by the editor, is in memory.
    expect(await roomsLoaded(node)).toBe(1);
    editor.destroy();
  });

  it("a room's stored snapshot and the log records written since are its updates", async () => {
    const node = await startSnapshotNode();
    await seedUnloaded(node);
    const editor = connectClient(node.url, KLATEN, { token: WRITER });
    const observer = connectClient(node.url, KLATEN, { token: WRITER });
    await Promise.all([editor.synced(), observer.synced()]);
    const map = editor.doc.getMap('innovations');
    for (let i = 0; i < 4; i++) map.set(`inv-late-${i}`, { name: `Inovasi susulan ${i}`, stage: 'uji coba' });
    map.delete('inv-0');
    await waitFor(
      () => !observer.doc.getMap('innovations').has('inv-0'),
      5_000,
      'the observer sees the edits',
    );
    // Killed: no compaction on the way out, the edits stay log records after the stored snapshot.
    await node.kill9();
    await node.restart();

    const entries = byRoom(decodeSnapshot((await post(node, { token: WRITER, body: rooms(KLATEN) })).bytes));
    expect(await roomsLoaded(node)).toBe(0);
    // The snapshot record, then one log record per edit.
    expect(updatesOf(entries.get(KLATEN))).toHaveLength(1 + 5);
    const fromSnapshot = docOf(entries.get(KLATEN));
    expect(innovations(fromSnapshot)).toEqual(innovations(editor.doc));
    const fromSocket = await fetchDoc(node.url, KLATEN, WRITER);
    expect(innovations(fromSnapshot)).toEqual(innovations(fromSocket));
    expect(Y.encodeStateVector(fromSnapshot)).toEqual(Y.encodeStateVector(fromSocket));
  });

  it('streams the answer: entries decode chunk by chunk as they arrive', async () => {
    const node = await startSnapshotNode();
    const names = await seedBigRooms(node, 8, 200_000);

    const response = await postRequest(node, { token: WRITER, body: rooms(...names) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const reader = new SnapshotReader();
    const body = response.body?.getReader();
    if (body === undefined) throw new Error('no body');
    /** For each chunk, how many entries it completed. */
    const completedPerChunk: number[] = [];
    const entries: SnapshotEntry[] = [];
    for (let chunk = await body.read(); !chunk.done; chunk = await body.read()) {
      const done = reader.push(chunk.value);
      completedPerChunk.push(done.length);
      entries.push(...done);
    }
    reader.finish();
    expect([...byRoom(entries).keys()].sort()).toEqual([...names].sort());
    for (const entry of entries) expect(docOf(entry).getText('text').length).toBe(200_000);
    // The first room was whole long before the last chunk arrived.
    expect(completedPerChunk.length).toBeGreaterThan(8);
    expect(completedPerChunk.findIndex((count) => count > 0)).toBeLessThan(completedPerChunk.length / 2);
  });

  it('a client that goes away mid-answer leaves the node healthy and its rooms released', async () => {
    const node = await startSnapshotNode();
    const names = await seedBigRooms(node, 12, 300_000);
    // One room is held by a socket (answered from memory), one is damaged (loaded for the answer).
    const holder = connectClient(node.url, names[0] ?? '', { token: WRITER });
    await holder.synced();
    const damaged = roomFiles(node, names[1] ?? '');
    writeFileSync(damaged.snapshot, readFileSync(damaged.snapshot).subarray(0, 100));

    for (let attempt = 0; attempt < 3; attempt++) {
      const controller = new AbortController();
      const response = await postRequest(node, { token: WRITER, body: rooms(...names) }, controller.signal);
      const body = response.body?.getReader();
      await body?.read();
      controller.abort();
    }
    await waitFor(
      () =>
        (node.stderr().match(/snapshot to .* abandoned by the client after \d+ of 12 rooms/g) ?? []).length >
        0,
      5_000,
      'the node to notice a client that went away',
    );

    expect((await fetch(`${node.httpUrl}/healthz`)).status).toBe(200);
    const entries = decodeSnapshot((await post(node, { token: WRITER, body: rooms(...names) })).bytes);
    expect(entries).toHaveLength(12);
    expect(docOf(byRoom(entries).get(names[2] ?? '')).getText('text').length).toBe(300_000);
    holder.destroy();
    // Nothing held on behalf of the aborted answers: every room unloads once idle.
    await waitFor(async () => (await roomsLoaded(node)) === 0, 10_000, 'rooms unloaded');
    expect(node.running).toBe(true);
    expect(node.stderr()).not.toMatch(/snapshot for .* failed/);
  });

  it('damaged files fall back to an ordinary load; an unreadable room is unavailable; the node serves on', async () => {
    const node = await startSnapshotNode();
    await seedUnloaded(node);
    await node.stop();
    const klaten = roomFiles(node, KLATEN);
    const bytes = readFileSync(klaten.snapshot);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(klaten.snapshot, bytes);
    await node.restart();
    // A folder where the log should be (made while the node runs: its start would trip over it too):
    // reading it fails, from disk and when loading alike.
    mkdirSync(roomFiles(node, NEVER_WRITTEN).log);

    const response = await post(node, { token: WRITER, body: rooms(AREA, KLATEN, MAGELANG, NEVER_WRITTEN) });
    expect(response.status).toBe(200);
    const entries = byRoom(decodeSnapshot(response.bytes));
    expect(entries.get(NEVER_WRITTEN)).toEqual({ kind: 'unavailable', name: NEVER_WRITTEN });
    // Klaten was loaded the ordinary way, which set the damaged snapshot aside and said so.
    expect(node.stderr()).toMatch(/room kspn-borobudur\/region\/33\.10: snapshot unreadable/);
    expect(innovations(docOf(entries.get(KLATEN)))).toEqual(
      innovations(await fetchDoc(node.url, KLATEN, WRITER)),
    );
    expect(Object.keys(innovations(docOf(entries.get(MAGELANG))))).toHaveLength(25);
    expect(Object.keys(innovations(docOf(entries.get(AREA))))).toHaveLength(1);

    expect((await fetch(`${node.httpUrl}/healthz`)).status).toBe(200);
    expect((await fetchDoc(node.url, MAGELANG, WRITER)).getMap('innovations').size).toBe(25);
    await waitFor(async () => (await roomsLoaded(node)) === 0, 10_000, 'rooms unloaded');
    expect(node.running).toBe(true);
  });

  it('a socket opened on top of a snapshot exchanges only the difference', async () => {
    const node = await startSnapshotNode();
    await seedRooms(node);
    const entries = byRoom(decodeSnapshot((await post(node, { token: WRITER, body: rooms(KLATEN) })).bytes));
    const updates = updatesOf(entries.get(KLATEN));

    // Someone edits between the snapshot and the socket.
    const editor = connectClient(node.url, KLATEN, { token: WRITER });
    await editor.synced();
    editor.doc.getMap('innovations').set('inv-new', { name: 'Inovasi baru', stage: 'inisiatif' });
    await waitFor(async () =>
      (await fetchDoc(node.url, KLATEN, WRITER)).getMap('innovations').has('inv-new'),
    );

    const doc = docOf(entries.get(KLATEN));
    const late = connectClient(node.url, KLATEN, { token: WRITER, doc });
    await late.synced();
    expect(doc.getMap('innovations').size).toBe(41);
    const received = late.received.reduce((sum, message) => sum + message.byteLength, 0);
    const snapshotBytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
    expect(received).toBeLessThan(snapshotBytes / 5);
  });

  it('a region token gets only the rooms it may read; the rest are listed as refused, first', async () => {
    const node = await startSnapshotNode();
    await seedRooms(node);
    const response = await post(node, { token: KLATEN_ONLY, body: rooms(AREA, KLATEN, MAGELANG) });
    expect(response.status).toBe(200);
    const entries = decodeSnapshot(response.bytes);
    expect(entries[0]).toEqual({ kind: 'refused', name: MAGELANG });
    expect(entries.map((entry) => entry.name).sort()).toEqual([AREA, KLATEN, MAGELANG].sort());
    expect(docOf(byRoom(entries).get(KLATEN)).getMap('innovations').size).toBe(40);
    expect(new TextDecoder().decode(response.bytes)).not.toContain('di kspn-borobudur/region/33.08');
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
