/** Rooms, endpoints and updates shared by the snapshot tests (format, stream, first load, seeding). */
import * as Y from 'yjs';
import type { Endpoint } from '../../renderer/src/sync/endpoints';

export const AREA = 'kspn-borobudur/area';
export const KLATEN = 'kspn-borobudur/region/33.10';
export const MAGELANG = 'kspn-borobudur/region/33.08';

/** Nothing listens on port 9: a real fetch or socket there fails at once. */
export const UNREACHABLE_NODE: Endpoint = {
  id: 'primary',
  url: 'ws://127.0.0.1:9',
  token: '',
  kind: 'served',
  address: '127.0.0.1:9',
};

/** A document holding one text, as one update. */
export function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/**
 * A room as a node stores it: a compacted snapshot ("Posyandu digital") and one log record written
 * after it ("Bank sampah"), the two updates a snapshot answer carries for it.
 */
export function storedRoomUpdates(): [Uint8Array, Uint8Array] {
  const doc = new Y.Doc();
  const map = doc.getMap<string>('innovations');
  map.set('inv-1', 'Posyandu digital');
  const stored = Y.encodeStateAsUpdate(doc);
  const before = Y.encodeStateVector(doc);
  map.set('inv-2', 'Bank sampah');
  return [stored, Y.encodeStateAsUpdate(doc, before)];
}
