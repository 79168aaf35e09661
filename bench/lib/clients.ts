/**
 * The simulated users: stock y-websocket clients, one Y.Doc each, one writer per room and the rest
 * readers, connected gradually. The writer adds `[seq, sentAt]` pairs to a Y.Array; each reader doc has
 * exactly one observer, which records the edit-to-peer latency of every new pair and checks the sequence.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ConnectParams } from './protocol.js';
import type { LatencyRecorder } from './stats.js';
import type { Timeline } from './timeline.js';

const ARRAY_NAME = 'edits';
const WS = WebSocket as unknown as typeof globalThis.WebSocket;

/** Wall-clock milliseconds with sub-millisecond precision; writers and readers share this process. */
export const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Shared by all readers of one run: what arrived and how late. */
export interface Tally {
  received: number;
  outOfOrder: number;
  recorder: LatencyRecorder;
  timeline: Timeline;
}

export interface Room {
  name: string;
  /** The writer's array; null until the writer is connected. */
  writerArray: Y.Array<number> | null;
  readers: number;
  /** Edits written so far = the next sequence number. */
  writes: number;
}

export interface Fleet {
  rooms: Room[];
  /** Clients whose first sync completed. */
  synced: number;
  total: number;
  /** Connections closed after their first sync, and connections refused for good (close 44xx). */
  drops: number;
  refused: number;
  /** Closes every client and frees its doc. */
  destroy(): void;
}

/**
 * One edit: prepend `[seq, sentAt]`. Appended items from one client would be merged by Yjs into one
 * growing item, and ContentAny merges by copying its whole array: an O(document) allocation per
 * delivery, in every client and in the server, that floods the GC. Prepended items never merge, and the
 * new pairs are the first ones, which `get` reaches without walking the list.
 */
export function writeEdit(room: Room): void {
  if (room.writerArray === null) return;
  room.writerArray.insert(0, [room.writes, now()]);
  room.writes++;
}

/** The reader's single observer: times every new pair and checks its sequence number. */
function attachReader(doc: Y.Doc, tally: Tally): void {
  const array = doc.getArray<number>(ARRAY_NAME);
  let seen = 0;
  array.observe(() => {
    const arrivedAt = now();
    const pairs = array.length >> 1;
    const fresh = pairs - seen;
    for (let j = 0; j < fresh; j++) {
      // pair j (newest first) must carry sequence number pairs - 1 - j
      if (array.get(2 * j) !== pairs - 1 - j) tally.outOfOrder++;
      const sentAt = array.get(2 * j + 1);
      tally.recorder.add(arrivedAt - sentAt);
      if (tally.timeline.enabled) tally.timeline.latencyAt(sentAt, arrivedAt - sentAt);
    }
    tally.received += fresh;
    seen = pairs;
  });
}

export interface ConnectOptions extends ConnectParams {
  /** Stop waiting for syncs when this returns true (e.g. the server died). */
  abort: () => boolean;
}

/**
 * Connects client k of every room before client k+1 of any, so rooms fill evenly; resolves when all
 * are synced, or at a deadline (rampSeconds + 30 s + 10 ms per client).
 */
export async function connectFleet(options: ConnectOptions, tally: Tally): Promise<Fleet> {
  const { perRoom } = options;
  const clientCount = options.roomNames.length * perRoom;
  const rooms: Room[] = options.roomNames.map((name) => ({ name, writerArray: null, readers: 0, writes: 0 }));
  const clients: { doc: Y.Doc; provider: WebsocketProvider }[] = [];
  let counting = true;
  let pending = 0;
  let wake: (() => void) | null = null;
  const fleet: Fleet = {
    rooms,
    synced: 0,
    total: 0,
    drops: 0,
    refused: 0,
    destroy() {
      counting = false; // closing now is expected
      for (const { provider, doc } of clients) {
        provider.destroy();
        doc.destroy();
      }
      clients.length = 0;
    },
  };

  const start = performance.now();
  const deadline = start + options.rampSeconds * 1000 + 30_000 + clientCount * 10;
  const spacingMs = (options.rampSeconds * 1000) / Math.max(1, clientCount);
  let nextAt = start;
  for (let k = 0; k < perRoom; k++) {
    for (const room of rooms) {
      while (pending >= options.maxPending && performance.now() < deadline && !options.abort()) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      }
      const wait = nextAt - performance.now();
      if (wait > 1) await sleep(wait);
      nextAt = Math.max(nextAt + spacingMs, performance.now() - 50);

      const doc = new Y.Doc();
      if (k === 0) room.writerArray = doc.getArray<number>(ARRAY_NAME);
      else {
        attachReader(doc, tally);
        room.readers++;
      }
      const provider = new WebsocketProvider(options.url, room.name, doc, {
        WebSocketPolyfill: WS,
        disableBc: true,
        params: { token: options.token },
      });
      let everSynced = false;
      pending++;
      provider.on('sync', (isSynced: boolean) => {
        if (isSynced && !everSynced) {
          everSynced = true;
          fleet.synced++;
          pending--;
          const w = wake;
          wake = null;
          w?.();
        }
      });
      provider.on('connection-close', () => {
        if (everSynced && counting) fleet.drops++;
      });
      provider.on('closed', () => {
        if (counting) fleet.refused++;
      });
      clients.push({ doc, provider });
      fleet.total++;
    }
  }
  while (fleet.synced < fleet.total && performance.now() < deadline && !options.abort()) await sleep(50);
  return fleet;
}
