/**
 * Fetches many documents of the area from one node in one request (`POST /snapshot`) and hands each
 * room over as soon as its bytes are in, so the window applies the first rooms while the node still
 * reads the last. 26 sockets opened a few at a time, each answering after the node loaded its room,
 * took a second longer for the same bytes.
 *
 * Any failure (an older node without the route, a refused token, a broken or stalled stream) ends the
 * fetch; the caller then syncs what is missing over the sockets, as without a snapshot.
 */
import {
  SNAPSHOT_CONTENT_TYPE,
  SNAPSHOT_PATH,
  type SnapshotEntry,
  SnapshotReader,
  type SnapshotRequest,
} from '../../../shared/sync/snapshot-format';
import type { Endpoint } from './endpoints';

/**
 * How long the node may stay silent: before its answer starts, and between two chunks. A busy node
 * still sends within this; a stalled one must not keep the catalog waiting for its sockets.
 */
export const SNAPSHOT_SILENCE_MS = 4000;

/** ws://host → http://host/snapshot, wss:// → https://. */
export function snapshotUrl(endpoint: Endpoint): string {
  return `${endpoint.url.replace(/^ws/, 'http')}${SNAPSHOT_PATH}`;
}

export type SnapshotOutcome = { ok: true } | { ok: false; reason: string };

/**
 * Streams the rooms' entries to `onEntry` (in the order the node finished them). Resolves when the
 * answer is complete, or with the reason it is not; never rejects.
 */
export async function streamSnapshot(
  endpoint: Endpoint,
  rooms: readonly string[],
  onEntry: (entry: SnapshotEntry) => void,
  options: { silenceMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<SnapshotOutcome> {
  const silenceMs = options.silenceMs ?? SNAPSHOT_SILENCE_MS;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expectWithin = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), silenceMs);
  };
  try {
    expectWithin();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (endpoint.token !== '') headers.authorization = `Bearer ${endpoint.token}`;
    const response = await (options.fetchImpl ?? fetch)(snapshotUrl(endpoint), {
      method: 'POST',
      headers,
      body: JSON.stringify({ rooms: [...rooms] } satisfies SnapshotRequest),
      cache: 'no-store',
      signal: controller.signal,
    });
    if (!response.ok || response.headers.get('content-type') !== SNAPSHOT_CONTENT_TYPE) {
      // E.g. an older node without the route: its web fallback answers index.html.
      await response.body?.cancel();
      return { ok: false, reason: `the node answered ${response.status}` };
    }
    if (response.body === null) return { ok: false, reason: 'the answer has no body' };
    const reader = new SnapshotReader();
    const body = response.body.getReader();
    for (;;) {
      expectWithin();
      const { done, value } = await body.read();
      if (done) break;
      for (const entry of reader.push(value)) onEntry(entry);
    }
    reader.finish();
    return { ok: true };
  } catch (error) {
    const reason = controller.signal.aborted
      ? `the node was silent for ${silenceMs} ms`
      : error instanceof Error
        ? error.message
        : String(error);
    controller.abort();
    return { ok: false, reason };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this browser already keeps a copy of the area's documents in IndexedDB (so a snapshot would
 * mostly repeat it). A flag in localStorage, set once every document's copy was written: asking
 * IndexedDB itself (`indexedDB.databases()`) took 150 ms on a first visit, before any request could go
 * out. A stale flag (IndexedDB cleared alone) only means loading over the sockets; a missing one, a
 * snapshot more.
 */
export function keepsAreaCopy(storage: Pick<Storage, 'getItem'>, areaDocName: string): boolean {
  return storage.getItem(copyFlagKey(areaDocName)) !== null;
}

export function markAreaCopy(storage: Pick<Storage, 'setItem'>, areaDocName: string, now: Date): void {
  storage.setItem(copyFlagKey(areaDocName), now.toISOString());
}

const copyFlagKey = (areaDocName: string) => `rembug.offlineCopy.v1:${areaDocName}`;
