/**
 * Whether a region document's change touched only plans' rich-text notes. The catalog reads none of
 * the notes, so such a change (one per keystroke while someone writes them) needs no re-read of the
 * region — which would otherwise re-render every screen that shows the catalog, on every key.
 */
import * as Y from 'yjs';
import { planNotesName } from '../../../shared/model/replication-plan';

const NOTES_PREFIX = planNotesName('');

/** What finding a type's place needs: its item (null for a top-level type) and its document. */
type TypeInDoc = Pick<Y.AbstractType<never>, '_item' | 'doc'>;

/** Name of the top-level type `type` belongs to; null while its place in the document is unknown. */
function rootName(type: TypeInDoc): string | null {
  let current = type;
  while (current._item !== null) {
    const parent = current._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    current = parent;
  }
  for (const [name, shared] of current.doc?.share ?? []) if (shared === current) return name;
  return null;
}

/** Whether a transaction changed the document at all (what makes Yjs emit 'update' for it). */
export function changedContent(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true;
  }
  return false;
}

export function changesOnlyPlanNotes(transaction: Y.Transaction): boolean {
  // Nothing recorded as changed (deletions of what is already gone, a first load's pending parts):
  // re-read, as before.
  if (transaction.changed.size === 0) return false;
  for (const type of transaction.changed.keys()) {
    if (!rootName(type)?.startsWith(NOTES_PREFIX)) return false;
  }
  return true;
}
