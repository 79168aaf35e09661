/**
 * The area's first load from a snapshot, startable before React renders: the page can ask the node
 * for the area's documents as soon as its script runs, and the session that opens a little later
 * takes over the answer (the entries so far, then each one as it arrives). The first render and the
 * node's answer then overlap instead of following each other.
 */
import type { SnapshotEntry } from '../../../shared/sync/snapshot-format';
import { keepsAreaCopy, type SnapshotOutcome, streamSnapshot } from './area-snapshot';
import type { Endpoint } from './endpoints';

export type FirstLoadResult =
  /** This browser keeps a copy of the area: the sockets and IndexedDB load it as usual. */
  { kind: 'copy-kept' } | { kind: 'snapshot'; outcome: SnapshotOutcome };

export interface FirstLoadOptions {
  /** Keeps an IndexedDB copy (browsers): with one already there, no snapshot is fetched. */
  offlineCopy: boolean;
  /** Where the copy flag is kept (localStorage, or a stand-in in tests). */
  storage?: Pick<Storage, 'getItem'>;
  fetchImpl?: typeof fetch;
}

export class FirstLoad {
  private readonly buffered: SnapshotEntry[] = [];
  private onEntry: ((entry: SnapshotEntry) => void) | null = null;
  readonly result: Promise<FirstLoadResult>;

  /** `rooms[0]` is the area's document: a browser with an IndexedDB copy of it needs no snapshot. */
  constructor(
    readonly endpoint: Endpoint,
    readonly rooms: readonly string[],
    options: FirstLoadOptions,
  ) {
    this.result = this.run(options);
  }

  private async run(options: FirstLoadOptions): Promise<FirstLoadResult> {
    const area = this.rooms[0];
    if (options.offlineCopy && area !== undefined && copyKept(options.storage, area)) {
      return { kind: 'copy-kept' };
    }
    const outcome = await streamSnapshot(
      this.endpoint,
      this.rooms,
      (entry) => {
        if (this.onEntry) this.onEntry(entry);
        else this.buffered.push(entry);
      },
      { fetchImpl: options.fetchImpl },
    );
    return { kind: 'snapshot', outcome };
  }

  /** Hands the entries received so far, then every later one, to `onEntry`; resolves with the result. */
  consume(onEntry: (entry: SnapshotEntry) => void): Promise<FirstLoadResult> {
    this.onEntry = onEntry;
    for (const entry of this.buffered.splice(0)) onEntry(entry);
    return this.result;
  }

  matches(endpoint: Endpoint, rooms: readonly string[]): boolean {
    return (
      this.endpoint.url === endpoint.url &&
      this.endpoint.token === endpoint.token &&
      this.rooms.length === rooms.length &&
      this.rooms.every((room, index) => rooms[index] === room)
    );
  }
}

/** Storage the page may not use (blocked site data) reads as "no copy": a snapshot then only costs a download. */
function copyKept(storage: Pick<Storage, 'getItem'> | undefined, area: string): boolean {
  try {
    return keepsAreaCopy(storage ?? window.localStorage, area);
  } catch (error) {
    console.warn('the offline copy flag could not be read; loading the area from a snapshot', error);
    return false;
  }
}

let early: FirstLoad | null = null;

/** Starts the first load ahead of the session (page start); the session takes it with `firstLoadFor`. */
export function startFirstLoadEarly(
  endpoint: Endpoint,
  rooms: readonly string[],
  offlineCopy: boolean,
): FirstLoad {
  early = new FirstLoad(endpoint, rooms, { offlineCopy });
  return early;
}

/**
 * The first load started early for exactly these rooms, taken once; otherwise a new one. An early
 * load for other rooms (the profile changed meanwhile) is dropped with what it buffered.
 */
export function firstLoadFor(endpoint: Endpoint, rooms: readonly string[], offlineCopy: boolean): FirstLoad {
  const started = early;
  early = null;
  if (started?.matches(endpoint, rooms)) return started;
  return new FirstLoad(endpoint, rooms, { offlineCopy });
}
