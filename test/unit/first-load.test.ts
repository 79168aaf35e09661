import { describe, expect, it, vi } from 'vitest';
import { FirstLoad, firstLoadFor, startFirstLoadEarly } from '../../renderer/src/sync/first-load';
import { encodeSnapshot, type SnapshotEntry } from '../../shared/sync/snapshot-format';
import { AREA, KLATEN, UNREACHABLE_NODE as NODE, textUpdate } from './snapshot-fixtures';

const ROOMS = [AREA, KLATEN];

const ENTRIES: SnapshotEntry[] = [
  { kind: 'document', name: AREA, updates: [textUpdate('area')] },
  { kind: 'document', name: KLATEN, updates: [textUpdate('klaten')] },
];

/** An answer whose second room comes only when `release` is called. */
function heldAnswer(): { fetchImpl: typeof fetch; release: () => void } {
  const bytes = encodeSnapshot(ENTRIES);
  const firstEnd = encodeSnapshot(ENTRIES.slice(0, 1)).byteLength;
  let release: () => void = () => undefined;
  const fetchImpl: typeof fetch = async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, firstEnd));
          release = () => {
            controller.enqueue(bytes.slice(firstEnd));
            controller.close();
          };
        },
      }),
      { headers: { 'content-type': 'application/octet-stream' } },
    );
  return { fetchImpl, release: () => release() };
}

const noFlag = { getItem: () => null };

describe('the first load of an area', () => {
  it('keeps what arrives before anyone takes it over, then hands on the rest as it comes', async () => {
    const { fetchImpl, release } = heldAnswer();
    const load = new FirstLoad(NODE, ROOMS, { offlineCopy: true, storage: noFlag, fetchImpl });
    await vi.waitFor(() =>
      expect((load as unknown as { buffered: SnapshotEntry[] }).buffered).toHaveLength(1),
    );
    const seen: string[] = [];
    const result = load.consume((entry) => seen.push(entry.name));
    expect(seen).toEqual([AREA]);
    release();
    expect(await result).toEqual({ kind: 'snapshot', outcome: { ok: true } });
    expect(seen).toEqual([AREA, KLATEN]);
  });

  it('fetches nothing when this browser keeps a copy of the area', async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    const flagged = { getItem: (key: string) => (key.endsWith(AREA) ? '2026-11-24T01:00:00.000Z' : null) };
    const load = new FirstLoad(NODE, ROOMS, { offlineCopy: true, storage: flagged, fetchImpl });
    expect(await load.consume(() => undefined)).toEqual({ kind: 'copy-kept' });
    expect(fetchImpl).not.toHaveBeenCalled();
    // The desktop app keeps no IndexedDB copy: a flag does not count there.
    const desktop = new FirstLoad(NODE, ROOMS, {
      offlineCopy: false,
      storage: flagged,
      fetchImpl: heldAnswer().fetchImpl,
    });
    expect(
      await Promise.race([desktop.result, new Promise((resolve) => setTimeout(resolve, 50, 'waiting'))]),
    ).toBe('waiting');
  });

  it('reads blocked storage as no copy and loads from a snapshot', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const blocked = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    const fetchImpl = async () =>
      new Response(encodeSnapshot(ENTRIES).slice().buffer, {
        headers: { 'content-type': 'application/octet-stream' },
      });
    const load = new FirstLoad(NODE, ROOMS, { offlineCopy: true, storage: blocked, fetchImpl });
    const seen: string[] = [];
    expect(await load.consume((entry) => seen.push(entry.name))).toEqual({
      kind: 'snapshot',
      outcome: { ok: true },
    });
    expect(seen).toEqual(ROOMS);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('a load started early is taken once, and only for the same node and rooms', () => {
    const early = startFirstLoadEarly(NODE, ROOMS, false);
    expect(firstLoadFor(NODE, ROOMS, false)).toBe(early);
    expect(firstLoadFor(NODE, ROOMS, false)).not.toBe(early);
    // Asked for other rooms (the profile changed meanwhile): a new load, and the early one is dropped.
    const other = startFirstLoadEarly(NODE, ROOMS, false);
    expect(firstLoadFor(NODE, [...ROOMS].reverse(), false)).not.toBe(other);
    expect(firstLoadFor(NODE, ROOMS, false)).not.toBe(other);
    const withToken = startFirstLoadEarly(NODE, ROOMS, false);
    expect(firstLoadFor({ ...NODE, token: 'tok-lain' }, ROOMS, false)).not.toBe(withToken);
  });
});
