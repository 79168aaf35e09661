import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CrossDocUndo } from '../../renderer/src/sync/undo';

const TYPES = ['innovations'] as const;

function setup() {
  const ctx = { who: 'me' };
  const undo = new CrossDocUndo(ctx);
  const klaten = new Y.Doc();
  const magelang = new Y.Doc();
  undo.track('klaten', klaten, TYPES);
  undo.track('magelang', magelang, TYPES);
  const write = (doc: Y.Doc, key: string, value: string, origin: unknown = ctx) =>
    doc.transact(() => doc.getMap('innovations').set(key, value), origin);
  const read = (doc: Y.Doc) => doc.getMap('innovations').toJSON();
  return { ctx, undo, klaten, magelang, write, read };
}

describe('undo across documents', () => {
  it('undoes the latest own change wherever it was made, then redoes it', () => {
    const { undo, klaten, magelang, write, read } = setup();
    write(klaten, 'a', 'klaten-1');
    write(magelang, 'b', 'magelang-1');
    expect(undo.canUndo()).toBe(true);

    expect(undo.undo()).toBe(true);
    expect(read(magelang)).toEqual({});
    expect(read(klaten)).toEqual({ a: 'klaten-1' });

    expect(undo.undo()).toBe(true);
    expect(read(klaten)).toEqual({});
    expect(undo.canUndo()).toBe(false);

    expect(undo.redo()).toBe(true);
    expect(read(klaten)).toEqual({ a: 'klaten-1' });
    expect(undo.redo()).toBe(true);
    expect(read(magelang)).toEqual({ b: 'magelang-1' });
    expect(undo.canRedo()).toBe(false);
  });

  it("never undoes other people's changes", () => {
    const { undo, klaten, write, read } = setup();
    write(klaten, 'mine', 'x');
    const remote = new Y.Doc();
    remote.getMap('innovations').set('theirs', 'y');
    Y.applyUpdate(klaten, Y.encodeStateAsUpdate(remote), 'provider');
    undo.undo();
    expect(read(klaten)).toEqual({ theirs: 'y' });
    expect(undo.canUndo()).toBe(false);
  });

  it('a new change drops the redo history of every document', () => {
    const { undo, klaten, magelang, write } = setup();
    write(klaten, 'a', '1');
    undo.undo();
    expect(undo.canRedo()).toBe(true);
    write(magelang, 'b', '2');
    expect(undo.canRedo()).toBe(false);
    expect(undo.redo()).toBe(false);
  });

  it('notifies subscribers when what can be undone changes', () => {
    const { undo, klaten, write } = setup();
    let calls = 0;
    undo.subscribe(() => {
      calls += 1;
    });
    const before = undo.snapshotVersion();
    write(klaten, 'a', '1');
    expect(calls).toBeGreaterThan(0);
    expect(undo.snapshotVersion()).not.toBe(before);
  });
});
