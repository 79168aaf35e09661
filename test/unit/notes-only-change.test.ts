import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changedContent, changesOnlyPlanNotes } from '../../renderer/src/data/notes-only-change.js';
import { planNotesName } from '../../shared/model/replication-plan.js';

/** Runs `change` in a transaction of `doc` and says whether it touched only plans' notes. */
function onlyNotes(doc: Y.Doc, change: () => void): boolean {
  let result: boolean | null = null;
  const listen = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    result = changesOnlyPlanNotes(transaction);
  };
  doc.on('update', listen);
  doc.transact(change);
  doc.off('update', listen);
  if (result === null) throw new Error('the change made no update');
  return result;
}

describe('changes that touch only plan notes', () => {
  it('knows typing in a plan’s notes, at any depth of the text, from changes the catalog reads', () => {
    const doc = new Y.Doc();
    const notes = doc.getXmlFragment(planNotesName('replikasi-airku'));
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText('Rapat');
    expect(
      onlyNotes(doc, () => {
        paragraph.insert(0, [text]);
        notes.insert(0, [paragraph]);
      }),
    ).toBe(true);
    expect(onlyNotes(doc, () => text.insert(5, ' tim'))).toBe(true);
    expect(onlyNotes(doc, () => text.delete(0, 2))).toBe(true);
    const plan = new Y.Map<unknown>();
    expect(onlyNotes(doc, () => doc.getMap('replicationPlans').set('replikasi-airku', plan))).toBe(false);
    expect(onlyNotes(doc, () => plan.set('stage', 'replikasi'))).toBe(false);
    expect(
      onlyNotes(doc, () => {
        text.insert(0, 'x');
        doc.getMap('innovations').set('airku', 1);
      }),
    ).toBe(false);
  });

  it('treats remote updates the same as local ones', () => {
    const writer = new Y.Doc();
    const reader = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    writer.getXmlFragment(planNotesName('p')).insert(0, [paragraph]);
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer));
    const before = Y.encodeStateVector(reader);
    paragraph.insert(0, [new Y.XmlText('halo')]);
    let seen: boolean | null = null;
    reader.on('update', (_u: Uint8Array, _o: unknown, _d: Y.Doc, transaction: Y.Transaction) => {
      seen = changesOnlyPlanNotes(transaction);
    });
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer, before));
    expect(seen).toBe(true);
  });
});

describe('transactions that changed the document', () => {
  /** Whether `changedContent` says so, and whether Yjs emitted an update: the two must agree. */
  function both(doc: Y.Doc, change: () => void): [boolean, boolean] {
    let changed: boolean | null = null;
    let updated = false;
    const onTransaction = (transaction: Y.Transaction) => {
      changed = changedContent(transaction);
    };
    const onUpdate = () => {
      updated = true;
    };
    doc.on('afterTransaction', onTransaction);
    doc.on('update', onUpdate);
    doc.transact(change);
    doc.off('afterTransaction', onTransaction);
    doc.off('update', onUpdate);
    return [changed ?? false, updated];
  }

  it('agrees with Yjs on insertions, deletions, remote updates and empty transactions', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<string>('innovations');
    expect(both(doc, () => map.set('a', 'Posyandu'))).toEqual([true, true]);
    expect(both(doc, () => map.delete('a'))).toEqual([true, true]);
    expect(both(doc, () => undefined)).toEqual([false, false]);
    // Deleting what is already gone changes nothing.
    expect(both(doc, () => map.delete('a'))).toEqual([false, false]);
    const remote = new Y.Doc();
    remote.getMap<string>('innovations').set('b', 'Bank sampah');
    const update = Y.encodeStateAsUpdate(remote);
    expect(both(doc, () => Y.applyUpdate(doc, update))).toEqual([true, true]);
    // The same update again: already known.
    expect(both(doc, () => Y.applyUpdate(doc, update))).toEqual([false, false]);
  });
});
