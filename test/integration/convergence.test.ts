import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  type Client,
  cleanup,
  connectClient,
  docContent,
  fetchDoc,
  startNode,
  waitConverged,
} from './harness';

afterEach(cleanup);

describe('convergence', () => {
  it('several clients in several rooms converge on concurrent edits, and rooms stay apart', async () => {
    const node = await startNode();
    const rooms = [
      'kspn-borobudur/region/33.10',
      'kspn-borobudur/region/33.08',
      'kspn-borobudur/commitment/c-1',
    ];
    const clientsByRoom = rooms.map((room) => [1, 2, 3].map(() => connectClient(node.url, room)));
    await Promise.all(clientsByRoom.flat().map((client) => client.synced()));

    // Every client edits at once, without waiting for the others.
    clientsByRoom.forEach((clients, r) => {
      clients.forEach((client, c) => {
        const tag = `r${r}c${c}`;
        client.doc.getText('text').insert(0, `<${tag}>`);
        client.doc.getMap('map').set(tag, c);
        client.doc.getMap('map').set('contested', tag);
        client.doc.getArray('array').push([tag]);
      });
    });

    for (const clients of clientsByRoom) {
      await waitConverged(
        clients.map((client) => client.doc),
        5_000,
      );
    }
    clientsByRoom.forEach((clients, r) => {
      const first = clients[0];
      if (!first) throw new Error('no client');
      const content = docContent(first.doc);
      const tags = [0, 1, 2].map((c) => `r${r}c${c}`);
      for (const tag of tags) expect(content.text).toContain(`<${tag}>`);
      expect(content.text).toHaveLength(tags.join('').length + 2 * tags.length);
      expect(Object.keys(content.map).sort()).toEqual([...tags, 'contested'].sort());
      expect(tags).toContain(content.map.contested);
      expect([...content.array].sort()).toEqual(tags);
      // Nothing from another room leaked in.
      expect(content.text).not.toMatch(new RegExp(`r[^${r}]c`));
    });
  });

  it('a late joiner receives everything, including edits made while nobody else was connected', async () => {
    const node = await startNode();
    const room = 'kspn-borobudur/fgd/2025-03-12';
    const a = connectClient(node.url, room);
    const b = connectClient(node.url, room);
    await Promise.all([a.synced(), b.synced()]);
    for (let i = 0; i < 50; i++) {
      (i % 2 === 0 ? a : b).doc.getArray('array').push([i]);
    }
    a.doc.getText('text').insert(0, 'Rembug FGD Klaten');
    await waitConverged([a.doc, b.doc]);
    b.destroy();
    // a alone, then leaves too: the room must still hold this when the late joiner arrives.
    a.doc.getMap('map').set('closing', 'sepakat');
    const probe = await fetchDoc(node.url, room);
    expect(probe.getMap('map').get('closing')).toBe('sepakat');
    a.destroy();

    const late = connectClient(node.url, room);
    await late.synced();
    expect(docContent(late.doc)).toEqual(docContent(a.doc));
    expect(late.doc.getArray('array').length).toBe(50);
  });

  it('property: random edit sequences from 3 clients (some offline for a while) converge', async () => {
    const node = await startNode();
    type Op =
      | { kind: 'insert'; at: number; text: string }
      | { kind: 'delete'; at: number; length: number }
      | { kind: 'set'; key: string; value: number }
      | { kind: 'push'; value: number }
      | { kind: 'toggleOnline' }
      | { kind: 'yield' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.string({ minLength: 1, maxLength: 6 }),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 4 }),
      }),
      fc.record({
        kind: fc.constant('set' as const),
        key: fc.constantFrom('a', 'b', 'c'),
        value: fc.integer(),
      }),
      fc.record({ kind: fc.constant('push' as const), value: fc.integer() }),
      fc.constant({ kind: 'toggleOnline' as const }),
      fc.constant({ kind: 'yield' as const }),
    );
    // Each step: which client does what.
    const script = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), op), { minLength: 1, maxLength: 40 });

    let run = 0;
    await fc.assert(
      fc.asyncProperty(script, async (steps) => {
        run++;
        const room = `kspn-borobudur/property/run-${run}`;
        const clients: Client[] = [0, 1, 2].map(() => connectClient(node.url, room));
        try {
          await Promise.all(clients.map((client) => client.synced()));
          const online = [true, true, true];
          let pushes = 0;
          for (const [who, step] of steps) {
            const client = clients[who];
            if (!client) throw new Error('no client');
            const text = client.doc.getText('text');
            switch (step.kind) {
              case 'insert':
                text.insert(step.at % (text.length + 1), step.text);
                break;
              case 'delete': {
                if (text.length === 0) break;
                const at = step.at % text.length;
                text.delete(at, Math.min(step.length, text.length - at));
                break;
              }
              case 'set':
                client.doc.getMap('map').set(step.key, step.value);
                break;
              case 'push':
                client.doc.getArray('array').push([step.value]);
                pushes++;
                break;
              case 'toggleOnline':
                if (online[who]) client.provider.disconnect();
                else client.provider.connect();
                online[who] = !online[who];
                break;
              case 'yield':
                await new Promise((resolve) => setTimeout(resolve, 1));
                break;
            }
          }
          for (const client of clients) if (!client.provider.shouldConnect) client.provider.connect();
          await Promise.all(clients.map((client) => client.synced()));
          const docs: Y.Doc[] = clients.map((client) => client.doc);
          await waitConverged(docs, 10_000, `run ${run}`);
          const first = docs[0];
          if (!first) throw new Error('no doc');
          expect(first.getArray('array').length).toBe(pushes);
          const late = await fetchDoc(node.url, room);
          expect(docContent(late)).toEqual(docContent(first));
        } finally {
          for (const client of clients) client.destroy();
        }
      }),
      { numRuns: 25 },
    );
  });
});
