import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanup,
  connectClient,
  docContent,
  fetchDoc,
  freePort,
  makeTempDir,
  sameDoc,
  startNode,
  waitConverged,
  waitFor,
} from './harness';

afterEach(cleanup);

const OBSERVER = 'tok-hub-observer';

function hubTokens(tokens: { token: string; read: string[]; write: string[] }[]): string {
  const file = path.join(makeTempDir(), 'tokens.json');
  const all = [...tokens, { token: OBSERVER, read: ['*'], write: ['*'] }].map((entry) => ({
    name: `relay ${entry.token}`,
    region: '33',
    ...entry,
  }));
  writeFileSync(file, JSON.stringify({ tokens: all }));
  return file;
}

const upstream = (url: string, token: string): string[] => ['--upstream', url, '--upstream-token', token];

describe('upstream relay', () => {
  it('client → node A → hub ← node B ← client converges both ways, also across a hub restart', async () => {
    const auth = hubTokens([
      { token: 'relay-klaten', read: ['*'], write: ['*'] },
      { token: 'relay-magelang', read: ['kspn-borobudur/*'], write: ['kspn-borobudur/*'] },
    ]);
    // A fixed port: the nodes' --upstream URL must stay valid when the hub comes back.
    const hub = await startNode({ port: await freePort(), args: ['--auth', auth] });
    const nodeA = await startNode({ args: upstream(hub.url, 'relay-klaten') });
    const nodeB = await startNode({ args: upstream(hub.url, 'relay-magelang') });

    const rooms = ['kspn-borobudur/region/33.10', 'kspn-borobudur/catalog'];
    const pairs = rooms.map((room) => ({
      room,
      a: connectClient(nodeA.url, room),
      b: connectClient(nodeB.url, room),
    }));
    await Promise.all(pairs.flatMap(({ a, b }) => [a.synced(), b.synced()]));

    for (const { a, b } of pairs) {
      a.doc.getText('text').insert(0, 'dari Klaten. ');
      a.doc.getArray('array').push(['a1']);
      b.doc.getMap('map').set('magelang', 'setuju');
      b.doc.getArray('array').push(['b1']);
    }
    for (const { room, a, b } of pairs) {
      await waitConverged([a.doc, b.doc], 10_000, `${room} across A and B`);
      expect(docContent(a.doc)).toMatchObject({ text: 'dari Klaten. ', map: { magelang: 'setuju' } });
      expect([...docContent(a.doc).array].sort()).toEqual(['a1', 'b1']);
      await waitFor(
        async () => sameDoc(await fetchDoc(hub.url, room, OBSERVER), a.doc),
        5_000,
        `${room} on the hub`,
      );
    }

    // The hub dies; both sides keep editing; it comes back on the same data folder and port.
    await hub.kill9();
    for (const { a, b } of pairs) {
      a.doc.getArray('array').push(['a-while-hub-down']);
      b.doc.getArray('array').push(['b-while-hub-down']);
      b.doc.getText('text').insert(0, 'Catatan: ');
    }
    for (const { a, b } of pairs) expect(sameDoc(a.doc, b.doc)).toBe(false);
    await hub.restart();

    for (const { room, a, b } of pairs) {
      await waitConverged([a.doc, b.doc], 20_000, `${room} after the hub restart`);
      const content = docContent(b.doc);
      expect([...content.array].sort()).toEqual(['a-while-hub-down', 'a1', 'b-while-hub-down', 'b1']);
      expect(content.text).toBe('Catatan: dari Klaten. ');
      await waitFor(
        async () => sameDoc(await fetchDoc(hub.url, room, OBSERVER), a.doc),
        5_000,
        `${room} on the hub after its restart`,
      );
    }

    // A room first opened after the restart is relayed too.
    const late = 'kspn-borobudur/commitment/c-9';
    const lateA = connectClient(nodeA.url, late);
    const lateB = connectClient(nodeB.url, late);
    await Promise.all([lateA.synced(), lateB.synced()]);
    lateB.doc.getMap('map').set('janji', 'replikasi 2026');
    await waitConverged([lateA.doc, lateB.doc], 10_000, 'a room opened after the restart');
    expect(lateA.doc.getMap('map').get('janji')).toBe('replikasi 2026');
  });

  it('a relay token with read-only scope receives from the hub but its writes never reach it', async () => {
    const auth = hubTokens([
      { token: 'relay-read-write', read: ['*'], write: ['*'] },
      { token: 'relay-read-only', read: ['*'], write: [] },
    ]);
    const hub = await startNode({ args: ['--auth', auth] });
    const nodeA = await startNode({ args: upstream(hub.url, 'relay-read-write') });
    const nodeC = await startNode({ args: upstream(hub.url, 'relay-read-only') });
    const room = 'kspn-borobudur/region/33.08';

    const a = connectClient(nodeA.url, room);
    const c = connectClient(nodeC.url, room);
    const c2 = connectClient(nodeC.url, room);
    await Promise.all([a.synced(), c.synced(), c2.synced()]);

    a.doc.getText('text').insert(0, 'dari hub');
    await waitFor(
      () => c.doc.getText('text').toString() === 'dari hub',
      10_000,
      'hub content to reach node C',
    );

    c.doc.getArray('array').push(['C-LOCAL']);
    // Node C itself takes the edit (its local clients have no auth) ...
    await waitFor(() => c2.doc.getArray('array').toArray().includes('C-LOCAL'), 5_000, 'C-LOCAL on node C');
    // ... and the relay keeps receiving after the hub refused it.
    a.doc.getArray('array').push(['after']);
    await waitFor(() => c.doc.getArray('array').toArray().includes('after'), 10_000, 'later hub edits on C');

    const onHub = await fetchDoc(hub.url, room, OBSERVER);
    expect(JSON.stringify(docContent(onHub))).not.toContain('C-LOCAL');
    expect(docContent(onHub).array).toEqual(['after']);
    expect(a.doc.getArray('array').toArray()).toEqual(['after']);

    // Not on the hub's disk either.
    expect(await hub.stop()).toEqual({ code: 0, signal: null });
    await hub.restart();
    const reloaded = await fetchDoc(hub.url, room, OBSERVER);
    expect(docContent(reloaded)).toEqual({ text: 'dari hub', map: {}, array: ['after'] });
  });
  it('a chain (A → B → top) works, even when the upstream is not there yet at start', async () => {
    const topPort = await freePort();
    const topUrl = `ws://127.0.0.1:${topPort}`;
    const auth = hubTokens([{ token: 'relay-middle', read: ['*'], write: ['*'] }]);
    // The middle and the bottom start first; the top does not exist yet.
    const middle = await startNode({ args: upstream(topUrl, 'relay-middle') });
    const bottom = await startNode({ args: upstream(middle.url, 'relay-bottom') });
    const room = 'kspn-borobudur/innovation/adminduk-keliling';
    const low = connectClient(bottom.url, room);
    await low.synced();
    low.doc.getText('text').insert(0, 'dari desa');
    await waitFor(
      async () => (await fetchDoc(middle.url, room)).getText('text').toString() === 'dari desa',
      10_000,
      'the edit on the middle node',
    );

    const top = await startNode({ port: topPort, args: ['--auth', auth] });
    await waitFor(
      async () => (await fetchDoc(top.url, room, OBSERVER)).getText('text').toString() === 'dari desa',
      15_000,
      'the edit made before the top existed to reach it',
    );
    const high = connectClient(top.url, room, { token: OBSERVER });
    await high.synced();
    high.doc.getMap('map').set('provinsi', 'diterima');
    await waitFor(
      () => low.doc.getMap('map').get('provinsi') === 'diterima',
      10_000,
      'top → middle → bottom',
    );
    await waitConverged([low.doc, high.doc], 5_000, 'the ends of the chain');
  });

  it('an upstream that refuses the token leaves the node serving its own clients', async () => {
    const auth = hubTokens([]);
    const hub = await startNode({ args: ['--auth', auth] });
    const node = await startNode({ args: upstream(hub.url, 'relay-unknown-token') });
    const room = 'kspn-borobudur/region/33.10';
    const a = connectClient(node.url, room);
    const b = connectClient(node.url, room);
    await Promise.all([a.synced(), b.synced()]);
    a.doc.getText('text').insert(0, 'tetap jalan');
    await waitConverged([a.doc, b.doc], 5_000, 'local clients');
    expect(node.running).toBe(true);
    expect((await fetchDoc(hub.url, room, OBSERVER)).getText('text').toString()).toBe('');
    expect((await fetch(`${node.httpUrl}/healthz`)).status).toBe(200);
  });
  it('rooms the node holds on disk are relayed without any client connected to the node', async () => {
    const room = 'kspn-borobudur/region/33.08';
    const local = await startNode();
    const writer = connectClient(local.url, room);
    await writer.synced();
    writer.doc.getText('text').insert(0, 'disimpan lokal');
    await waitFor(
      async () => (await fetchDoc(local.url, room)).getText('text').toString() === 'disimpan lokal',
      5_000,
      'the local edit',
    );
    writer.destroy();
    expect(await local.stop()).toEqual({ code: 0, signal: null });

    const auth = hubTokens([{ token: 'relay-laptop', read: ['*'], write: ['*'] }]);
    const hub = await startNode({ args: ['--auth', auth] });
    // The same data folder, now with an upstream, and no client of its own.
    const relaying = await startNode({ dataDir: local.dataDir, args: upstream(hub.url, 'relay-laptop') });
    await waitFor(
      async () => (await fetchDoc(hub.url, room, OBSERVER)).getText('text').toString() === 'disimpan lokal',
      10_000,
      'the stored room to reach the hub',
    );
    // And the hub's edits come down into it.
    const remote = connectClient(hub.url, room, { token: OBSERVER });
    await remote.synced();
    remote.doc.getMap('map').set('hub', 'ok');
    await waitFor(
      async () => (await fetchDoc(relaying.url, room)).getMap('map').get('hub') === 'ok',
      10_000,
      "the hub's edit on the node",
    );
  });
});
