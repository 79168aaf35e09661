import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cleanup,
  connectClient,
  docContent,
  fetchDoc,
  sameDoc,
  startNode,
  waitConverged,
  waitFor,
} from './harness';
import { applySyncMessages, encodeSyncStep1, encodeUpdate, isSyncStep2, openRaw } from './raw-socket';

afterEach(cleanup);

describe('persistence', () => {
  it('a graceful restart (SIGTERM, then SIGINT) keeps every room exactly', async () => {
    const node = await startNode();
    const rooms = ['kspn-borobudur/region/33.10', 'kspn-borobudur/region/33.08', 'kspn-borobudur/catalog'];
    const writers = rooms.map((room) => connectClient(node.url, room));
    await Promise.all(writers.map((writer) => writer.synced()));
    writers.forEach((writer, r) => {
      // Many small updates (a long log) plus some deletes and overwrites.
      for (let i = 0; i < 150; i++) writer.doc.getArray('array').push([`${r}:${i}`]);
      writer.doc.getText('text').insert(0, `Inovasi daerah ${r}: layanan adminduk keliling`);
      writer.doc.getText('text').delete(0, 8);
      writer.doc.getMap('map').set('status', 'draft');
      writer.doc.getMap('map').set('status', 'disepakati');
      writer.doc.getMap('map').set('nested', new Y.Map([['k', r]]));
    });
    // Wait until the node holds everything (a fresh client sees it), then stop it.
    for (const [r, room] of rooms.entries()) {
      const writer = writers[r];
      if (!writer) throw new Error('no writer');
      await waitFor(
        async () => sameDoc(await fetchDoc(node.url, room), writer.doc),
        5_000,
        `${room} on the node`,
      );
    }
    for (const writer of writers) writer.destroy();

    const first = await node.stop('SIGTERM');
    expect(first).toEqual({ code: 0, signal: null });
    await node.restart();
    for (const [r, room] of rooms.entries()) {
      const doc = await fetchDoc(node.url, room);
      const writer = writers[r];
      if (!writer) throw new Error('no writer');
      expect(docContent(doc)).toEqual(docContent(writer.doc));
      expect(sameDoc(doc, writer.doc)).toBe(true);
    }

    // Edits after a reload are appended to what was loaded, and survive the next stop (SIGINT).
    const again = connectClient(node.url, rooms[0] ?? '');
    await again.synced();
    again.doc.getArray('array').push(['after-restart']);
    await waitFor(
      async () => (await fetchDoc(node.url, rooms[0] ?? '')).getArray('array').length === 151,
      5_000,
      'the edit after restart on the node',
    );
    again.destroy();
    expect(await node.stop('SIGINT')).toEqual({ code: 0, signal: null });
    await node.restart();
    const reloaded = await fetchDoc(node.url, rooms[0] ?? '');
    expect(reloaded.getArray('array').toArray()).toEqual(again.doc.getArray('array').toArray());
    expect(reloaded.getArray('array').get(150)).toBe('after-restart');
  });

  it('kill -9 during continuous edits: every edit an observer saw is there after restart', async () => {
    const node = await startNode();
    const room = 'kspn-borobudur/region/33.10';
    const writer = connectClient(node.url, room);
    const observer = connectClient(node.url, room);
    await Promise.all([writer.synced(), observer.synced()]);

    const edits = writer.doc.getArray<number>('array');
    let running = true;
    let sent = 0;
    const editing = (async () => {
      while (running) {
        edits.push([sent++]);
        if (sent % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
        if (sent % 30 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    const seenArray = observer.doc.getArray<number>('array');
    await waitFor(() => seenArray.length >= 300, 15_000, 'the observer to see 300 edits');
    await node.kill9();
    running = false;
    await editing;
    // The node is dead: nothing more can reach the observer, so this is all it ever saw.
    const seen = seenArray.toArray();
    writer.destroy();
    observer.destroy();
    expect(sent).toBeGreaterThanOrEqual(seen.length);

    await node.restart();
    const after = (await fetchDoc(node.url, room)).getArray<number>('array').toArray();
    // The writer pushed 0, 1, 2, … in order, so what survives must start with everything seen.
    expect(after.length).toBeGreaterThanOrEqual(seen.length);
    expect(after.slice(0, seen.length)).toEqual(seen);
    expect(after).toEqual(Array.from({ length: after.length }, (_, i) => i));
  });

  it('two clients edit offline while the node is down, and merge after it restarts', async () => {
    const node = await startNode();
    const room = 'kspn-borobudur/commitment/c-7';
    const a = connectClient(node.url, room);
    const b = connectClient(node.url, room);
    await Promise.all([a.synced(), b.synced()]);
    a.doc.getText('text').insert(0, 'Komitmen bersama.');
    await waitConverged([a.doc, b.doc]);

    await node.kill9();
    await waitFor(() => !a.provider.wsconnected && !b.provider.wsconnected, 5_000, 'both clients offline');
    a.doc.getText('text').insert(0, '[A offline] ');
    a.doc.getMap('map').set('a', 1);
    a.doc.getArray('array').push(['a1', 'a2']);
    b.doc.getText('text').insert(b.doc.getText('text').length, ' [B offline]');
    b.doc.getMap('map').set('b', 2);
    b.doc.getArray('array').push(['b1']);
    expect(sameDoc(a.doc, b.doc)).toBe(false);

    // Same port: the providers that kept their docs reconnect by themselves.
    await node.restart({ samePort: true });
    await Promise.all([a.synced(10_000), b.synced(10_000)]);
    await waitConverged([a.doc, b.doc], 10_000, 'the offline edits');
    const merged = docContent(a.doc);
    expect(merged.text).toContain('[A offline] ');
    expect(merged.text).toContain(' [B offline]');
    expect(merged.text).toContain('Komitmen bersama.');
    expect(merged.map).toEqual({ a: 1, b: 2 });
    expect([...merged.array].sort()).toEqual(['a1', 'a2', 'b1']);

    // The node holds the merge too, also after another restart.
    await waitFor(async () => sameDoc(await fetchDoc(node.url, room), a.doc), 5_000, 'the merge on the node');
    a.destroy();
    b.destroy();
    await node.restart();
    expect(docContent(await fetchDoc(node.url, room))).toEqual(merged);
  });
  it('a room is loaded before the first sync reply, and a first message sent during loading is kept', async () => {
    const node = await startNode();
    const room = 'kspn-borobudur/catalog';
    const writer = connectClient(node.url, room);
    await writer.synced();
    // A long log: many small updates to replay on load.
    for (let i = 0; i < 2_000; i++) writer.doc.getArray('array').push([i]);
    writer.doc.getText('text').insert(0, 'katalog inovasi');
    await waitFor(
      async () => sameDoc(await fetchDoc(node.url, room), writer.doc),
      5_000,
      'the catalog on the node',
    );
    writer.destroy();
    await node.restart();

    // Right on open, before any reply: an edit, then sync step 1.
    const raw = openRaw(node.url, room);
    const first = new Y.Doc();
    first.clientID = 7;
    first.getMap('map').set('first', 'message');
    raw.ws.once('open', () => {
      raw.send(encodeUpdate(Y.encodeStateAsUpdate(first)));
      raw.send(encodeSyncStep1(new Y.Doc()));
    });
    // And a stock client at the same moment: complete at the instant it reports synced.
    const reader = connectClient(node.url, room);
    let lengthAtSync = -1;
    reader.provider.once('sync', () => {
      lengthAtSync = reader.doc.getArray('array').length;
    });
    await reader.synced();
    expect(lengthAtSync).toBe(2_000);

    await raw.waitForMessage(isSyncStep2);
    const seenByRaw = new Y.Doc();
    applySyncMessages(seenByRaw, raw.messages);
    expect(seenByRaw.getArray('array').length).toBe(2_000);
    expect(seenByRaw.getText('text').toString()).toBe('katalog inovasi');

    await waitFor(
      () => reader.doc.getMap('map').get('first') === 'message',
      5_000,
      'the first message, sent while the room was loading, to reach the other client',
    );
    raw.close();
    reader.destroy();
    await node.restart();
    const reloaded = await fetchDoc(node.url, room);
    expect(reloaded.getMap('map').get('first')).toBe('message');
    expect(reloaded.getArray('array').length).toBe(2_000);
  });
});
