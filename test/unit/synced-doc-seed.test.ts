import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { SNAPSHOT_ORIGIN, SyncedDoc } from '../../renderer/src/sync/synced-doc';
import { KLATEN, UNREACHABLE_NODE as NODE, storedRoomUpdates as roomUpdates } from './snapshot-fixtures';

describe('a document seeded from a snapshot', () => {
  it('holds the node’s copy, counts as loaded, and stays detached until attached', () => {
    const synced = new SyncedDoc(KLATEN, [NODE], { offlineCopy: true, queues: [], detached: true });
    try {
      expect(synced.loaded).toBe(false);
      let emitted = 0;
      synced.subscribe(() => {
        emitted += 1;
      });
      const origins: unknown[] = [];
      synced.doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
      synced.seed(roomUpdates());
      expect(synced.doc.getMap('innovations').toJSON()).toEqual({
        'inv-1': 'Posyandu digital',
        'inv-2': 'Bank sampah',
      });
      // One transaction, from the node: undo and the pending count never see it as a local edit.
      expect(origins).toEqual([SNAPSHOT_ORIGIN]);
      expect(synced.loaded).toBe(true);
      expect(emitted).toBe(1);
      // No socket and no IndexedDB copy yet: nothing listened for the seed's updates.
      expect(synced.isAttached).toBe(false);
      expect(synced.links).toEqual([]);
      expect(synced.copied).toBe(false);
    } finally {
      synced.destroy();
    }
  });

  it('a detached document that got no snapshot is not loaded, so the catalog keeps waiting', () => {
    const synced = new SyncedDoc(KLATEN, [NODE], { offlineCopy: false, queues: [], detached: true });
    try {
      expect(synced.loaded).toBe(false);
    } finally {
      synced.destroy();
    }
  });

  it('applies the good updates around a malformed one, then throws (the socket syncs the rest)', () => {
    const synced = new SyncedDoc(KLATEN, [NODE], { offlineCopy: false, queues: [], detached: true });
    try {
      const [stored, logged] = roomUpdates();
      if (stored === undefined || logged === undefined) throw new Error('no updates');
      expect(() => synced.seed([stored, new Uint8Array([255, 255, 255, 255]), logged])).toThrow(
        /1 of 3 updates could not be applied/,
      );
      expect(synced.doc.getMap('innovations').size).toBe(2);
      expect(synced.loaded).toBe(false);
    } finally {
      synced.destroy();
    }
  });
});
