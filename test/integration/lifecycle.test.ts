import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, connectClient, readMetrics, startNode, waitFor } from './harness';
import { rawUpgrade } from './raw-socket';

afterEach(cleanup);

const ROOM = 'kspn-borobudur/region/33.10';

describe('node lifecycle', () => {
  it('unloads an idle room after its last write, compacted to a snapshot, and reloads it intact', async () => {
    const node = await startNode({ args: ['--idle-unload-ms', '300'] });
    const writer = connectClient(node.url, ROOM);
    await writer.synced();
    for (let i = 0; i < 20; i++) writer.doc.getArray<number>('items').push([i]);
    await waitFor(async () => (await readMetrics(node)).get('rembug_updates_stored_total') === 20, 5_000);
    expect((await readMetrics(node)).get('rembug_rooms_loaded')).toBe(1);
    writer.destroy();

    await waitFor(async () => (await readMetrics(node)).get('rembug_rooms_loaded') === 0, 5_000);
    const files = readdirSync(path.join(node.dataDir, 'rooms'));
    expect(files.filter((file) => file.endsWith('.snap'))).toHaveLength(1);

    const reader = connectClient(node.url, ROOM);
    await reader.synced();
    expect(reader.doc.getArray('items').toArray()).toEqual([...Array(20).keys()]);
    expect((await readMetrics(node)).get('rembug_rooms_loaded')).toBe(1);
  });

  it('keeps a room loaded while a client is connected, however long it is quiet', async () => {
    const node = await startNode({ args: ['--idle-unload-ms', '100'] });
    const client = connectClient(node.url, ROOM);
    await client.synced();
    client.doc.getMap('m').set('a', 1);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await readMetrics(node)).get('rembug_rooms_loaded')).toBe(1);
  });

  it('drops a peer that stops answering pings, and keeps one that answers', async () => {
    const node = await startNode({ args: ['--keepalive-ms', '150'] });
    const live = connectClient(node.url, ROOM);
    await live.synced();
    // A hand-made socket never answers pings: the node must end it after one missed round.
    const dead = await rawUpgrade(node.port, `/${ROOM}`, 3_000, 3_000);
    expect(dead.kind).toBe('ended');
    expect(live.provider.wsconnected).toBe(true);
    await waitFor(async () => (await readMetrics(node)).get('rembug_connections') === 1, 3_000);
  });
});
