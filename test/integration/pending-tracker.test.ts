/**
 * The sync status's "pending" count against a real node: it drops to zero only when the node has
 * the change (a fresh client reads it back), stays up while the node is down or refuses writes,
 * and counts offline edits a reloaded window still holds.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PendingTracker } from '../../renderer/src/sync/pending-tracker';
import {
  cleanup,
  connectClient,
  delay,
  docContent,
  fetchDoc,
  freePort,
  makeTempDir,
  startNode,
  waitFor,
} from './harness';

afterEach(cleanup);

const ROOM = 'kspn-borobudur/region/33.10';

function track(url: string, options: { token?: string; doc?: Y.Doc } = {}) {
  const client = connectClient(url, ROOM, options);
  const tracker = new PendingTracker(client.doc, client.provider);
  return { client, tracker, edit: (key: string, value: string) => client.doc.getMap('map').set(key, value) };
}

describe('pending changes', () => {
  it('are confirmed only once the node holds them', async () => {
    const node = await startNode();
    const { client, tracker, edit } = track(node.url);
    await client.synced();
    await waitFor(() => tracker.state().confirmedAt !== null, 5_000, 'first confirmation');

    edit('a', 'one');
    edit('b', 'two');
    expect(tracker.state().pending).toBe(2);
    await waitFor(() => tracker.state().pending === 0, 5_000, 'confirmation');
    const onNode = await fetchDoc(node.url, ROOM);
    expect(docContent(onNode).map).toEqual({ a: 'one', b: 'two' });
    tracker.destroy();
  });

  it('stay pending while the node is down, and are confirmed after it returns', async () => {
    const node = await startNode({ port: await freePort() });
    const { client, tracker, edit } = track(node.url);
    await client.synced();
    await node.stop();
    await waitFor(() => !client.provider.wsconnected, 5_000, 'disconnect');

    edit('offline', 'edit');
    await delay(600);
    expect(tracker.state().pending).toBe(1);

    await node.restart({ samePort: true });
    await waitFor(() => tracker.state().pending === 0, 10_000, 'confirmation after restart');
    expect(docContent(await fetchDoc(node.url, ROOM)).map).toEqual({ offline: 'edit' });
    tracker.destroy();
  });

  it('counts what a reopened document holds beyond the node (offline edits before a reload)', async () => {
    const node = await startNode();
    const doc = new Y.Doc();
    doc.getMap('map').set('x', 'made offline');
    doc.getMap('map').set('y', 'also offline');
    const { client, tracker } = track(node.url, { doc });
    let highest = 0;
    tracker.subscribe(() => {
      highest = Math.max(highest, tracker.state().pending);
    });
    await client.synced();
    await waitFor(
      () => tracker.state().pending === 0 && tracker.state().confirmedAt !== null,
      5_000,
      'confirmation',
    );
    expect(highest).toBe(2);
    expect(docContent(await fetchDoc(node.url, ROOM)).map).toEqual({ x: 'made offline', y: 'also offline' });
    tracker.destroy();
  });

  it('stay pending, marked read-only, when the node refuses our writes', async () => {
    const dir = makeTempDir();
    const tokens = path.join(dir, 'tokens.json');
    writeFileSync(
      tokens,
      JSON.stringify({
        tokens: [
          {
            token: 'reader-token-0001',
            name: 'Pembaca',
            region: '33.10',
            read: ['kspn-borobudur/*'],
            write: [],
          },
        ],
      }),
    );
    const node = await startNode({ args: ['--auth', tokens] });
    const { client, tracker, edit } = track(node.url, { token: 'reader-token-0001' });
    await client.synced();
    edit('a', 'refused');
    await waitFor(() => tracker.state().readOnly, 5_000, 'read-only notice');
    await delay(500);
    expect(tracker.state().pending).toBe(1);
    tracker.destroy();
  });
});
