/**
 * Reads the rooms of a `POST /snapshot` answer, each handed over as soon as it is read.
 *
 * A room the node does not hold in memory is read straight from its files: its stored snapshot and
 * the log records written since ARE its updates, so no Y.Doc is built (most of the time an answer
 * used to take). A room held in memory, loading or unloading — or whose files look damaged — goes
 * through `Rooms`, which waits for it, loads it (repairing and reporting damage as for a socket) and
 * encodes it from memory as one update.
 *
 * Why reading files the node might touch meanwhile is still safe: should a socket load the room
 * while its files are read, appends show as a torn log tail (so the room is loaded instead), and a
 * compaction can only leave the answer holding less than the room, never anything it does not hold
 * (see `DiskDocStore.peek`). Less is fine: the client opens the room's socket after the snapshot, and
 * that sync exchanges whatever the snapshot lacked; Yjs updates may be applied in any order and any
 * number of times, and an update whose history is missing is held back until that history arrives.
 */
import * as Y from 'yjs';
import type { SnapshotEntry } from '../../shared/sync/snapshot-format.js';
import { describeError, type Logger } from './logger.js';
import type { Rooms } from './rooms.js';

/**
 * Rooms read at once. Bounds the loads (a 600-room request must not open and decode 600 logs
 * together) and the file reads alike; file reads are cheap, so one bound does for both.
 */
const LOAD_CONCURRENCY = 8;

export interface RoomReading {
  rooms: Rooms;
  log: Logger;
}

export interface ReadCounts {
  /** Answered from their files, without loading. */
  fromDisk: number;
  /** Answered from memory (held already, or loaded for the answer). */
  fromMemory: number;
  unavailable: number;
}

/**
 * Reads every room of `names` and awaits `deliver` for each entry (so a slow client slows the reads
 * down). Stops taking further rooms once `stopped()` says so; rooms being read then still finish and
 * are released, but are not delivered.
 */
export async function readRooms(
  names: readonly string[],
  reading: RoomReading,
  deliver: (entry: SnapshotEntry) => Promise<void>,
  stopped: () => boolean,
): Promise<ReadCounts> {
  const counts: ReadCounts = { fromDisk: 0, fromMemory: 0, unavailable: 0 };
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined && !stopped(); name = queue.shift()) {
      const entry = await readRoom(name, reading, counts);
      if (!stopped()) await deliver(entry);
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOAD_CONCURRENCY, names.length) }, worker));
  return counts;
}

async function readRoom(name: string, reading: RoomReading, counts: ReadCounts): Promise<SnapshotEntry> {
  const stored = await peekStored(name, reading);
  if (stored !== null) {
    counts.fromDisk += 1;
    // A room never written has no files and no updates: the same empty document a socket syncs.
    return { kind: 'document', name, updates: stored };
  }
  try {
    const room = await reading.rooms.get(name);
    if (room.failed) {
      counts.unavailable += 1;
      return { kind: 'unavailable', name };
    }
    counts.fromMemory += 1;
    return { kind: 'document', name, updates: [Y.encodeStateAsUpdate(room.doc)] };
  } catch (error) {
    reading.log.error(`snapshot: room ${name} could not be loaded: ${describeError(error)}`);
    counts.unavailable += 1;
    return { kind: 'unavailable', name };
  } finally {
    // Loaded for this answer only: unloaded after the idle time unless a socket joins meanwhile.
    reading.rooms.releaseIfIdle(name);
  }
}

/** The room's stored updates, or null when it must be loaded instead. */
async function peekStored(name: string, reading: RoomReading): Promise<Uint8Array[] | null> {
  try {
    return await reading.rooms.peekStored(name);
  } catch (error) {
    // E.g. a permission problem: loading meets it too, and reports it the way sockets see it.
    reading.log.warn(`snapshot: reading room ${name} from disk failed, loading it: ${describeError(error)}`);
    return null;
  }
}
