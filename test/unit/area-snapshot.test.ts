import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  keepsAreaCopy,
  markAreaCopy,
  snapshotUrl,
  streamSnapshot,
} from '../../renderer/src/sync/area-snapshot';
import type { Endpoint } from '../../renderer/src/sync/endpoints';
import { encodeSnapshot, type SnapshotEntry } from '../../shared/sync/snapshot-format';
import { AREA, KLATEN, MAGELANG, textUpdate } from './snapshot-fixtures';

const SERVED: Endpoint = {
  id: 'primary',
  url: 'ws://10.0.0.5:4455',
  token: 'tok-klaten-1234',
  kind: 'served',
  address: '10.0.0.5:4455',
};

const ENTRIES: SnapshotEntry[] = [
  { kind: 'document', name: AREA, updates: [textUpdate('area')] },
  { kind: 'document', name: KLATEN, updates: [textUpdate('klaten'), textUpdate('klaten lagi')] },
  { kind: 'refused', name: MAGELANG },
];

/**
 * A streamed answer: each chunk after `gapMs`, then the end (or, with `stall`, silence until aborted).
 * An abort fails the body, as a real fetch does.
 */
function streamed(chunks: Uint8Array[], gapMs: number, stall = false): typeof fetch {
  return async (_url, init) => {
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        init?.signal?.addEventListener('abort', () =>
          controller.error(new DOMException('aborted', 'AbortError')),
        );
        for (const chunk of chunks) {
          await new Promise((resolve) => setTimeout(resolve, gapMs));
          if (init?.signal?.aborted) return;
          controller.enqueue(chunk);
        }
        if (!stall) controller.close();
      },
    });
    return new Response(stream, { headers: { 'content-type': 'application/octet-stream' } });
  };
}

function inPieces(bytes: Uint8Array, size: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < bytes.byteLength; at += size) pieces.push(bytes.slice(at, at + size));
  return pieces;
}

afterEach(() => vi.restoreAllMocks());

/** Wraps a fetch so the test can tell how many chunks the reader has pulled so far. */
function counting(inner: typeof fetch): {
  fetchImpl: typeof fetch;
  pulled: () => number;
  calls: Parameters<typeof fetch>[];
} {
  let pulled = 0;
  const calls: Parameters<typeof fetch>[] = [];
  const fetchImpl: typeof fetch = async (...args) => {
    calls.push(args);
    const response = await inner(...args);
    const body = response.body?.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled += 1;
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(body ?? null, { status: response.status, headers: response.headers });
  };
  return { fetchImpl, pulled: () => pulled, calls };
}

describe('area snapshot stream', () => {
  it('posts the rooms with the token and hands over each room before the answer has ended', async () => {
    const pieces = inPieces(encodeSnapshot(ENTRIES), 16);
    const { fetchImpl, pulled, calls } = counting(streamed(pieces, 1));
    const seen: { entry: SnapshotEntry; pulled: number }[] = [];
    const outcome = await streamSnapshot(
      SERVED,
      [AREA, KLATEN, MAGELANG],
      (entry) => seen.push({ entry, pulled: pulled() }),
      { fetchImpl, silenceMs: 1000 },
    );
    expect(outcome).toEqual({ ok: true });
    expect(seen.map(({ entry }) => entry)).toEqual(ENTRIES);
    expect(seen[0]?.pulled).toBeLessThan(pieces.length);
    const [url, init] = calls[0] ?? [];
    expect(url).toBe('http://10.0.0.5:4455/snapshot');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer tok-klaten-1234');
    expect(JSON.parse(String(init?.body))).toEqual({ rooms: [AREA, KLATEN, MAGELANG] });
  });

  it('sends no authorization to an open node and maps wss to https', async () => {
    const { fetchImpl, calls } = counting(streamed([encodeSnapshot([])], 0));
    const open = { ...SERVED, url: 'wss://hub.example.id', token: '' };
    expect(snapshotUrl(open)).toBe('https://hub.example.id/snapshot');
    expect(await streamSnapshot(open, [AREA], () => undefined, { fetchImpl })).toEqual({ ok: true });
    expect(new Headers(calls[0]?.[1]?.headers).has('authorization')).toBe(false);
  });

  it.each([
    ['an error status', async () => new Response('unauthorized', { status: 401 }), /answered 401/],
    [
      'an older node answering index.html',
      async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
      /answered 200/,
    ],
    ['a malformed body', streamed([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])], 0), /not a snapshot/],
    ['an answer cut short', streamed(inPieces(encodeSnapshot(ENTRIES), 16).slice(0, 3), 0), /ends/],
    [
      'an unreachable node',
      async () => {
        throw new TypeError('fetch failed');
      },
      /fetch failed/,
    ],
  ])('ends with the reason on %s, never throwing', async (_what, fetchImpl: typeof fetch, reason) => {
    const entries: SnapshotEntry[] = [];
    const outcome = await streamSnapshot(SERVED, [AREA, KLATEN, MAGELANG], (entry) => entries.push(entry), {
      fetchImpl,
      silenceMs: 1000,
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });

  it('keeps the rooms that arrived before a cut', async () => {
    const bytes = encodeSnapshot(ENTRIES);
    const firstEnd = encodeSnapshot(ENTRIES.slice(0, 1)).byteLength;
    const entries: SnapshotEntry[] = [];
    const outcome = await streamSnapshot(SERVED, [AREA, KLATEN, MAGELANG], (entry) => entries.push(entry), {
      fetchImpl: streamed([bytes.slice(0, firstEnd + 3)], 0),
    });
    expect(outcome.ok).toBe(false);
    expect(entries.map((entry) => entry.name)).toEqual([AREA]);
  });

  it('gives up on a node silent for longer than allowed, before or within its answer', async () => {
    const never: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    expect(
      await streamSnapshot(SERVED, [AREA], () => undefined, { fetchImpl: never, silenceMs: 30 }),
    ).toEqual({
      ok: false,
      reason: 'the node was silent for 30 ms',
    });
    const pieces = inPieces(encodeSnapshot(ENTRIES), 16);
    const entries: SnapshotEntry[] = [];
    const outcome = await streamSnapshot(SERVED, [AREA, KLATEN, MAGELANG], (entry) => entries.push(entry), {
      fetchImpl: streamed(pieces.slice(0, 5), 0, true),
      silenceMs: 50,
    });
    expect(outcome).toEqual({ ok: false, reason: 'the node was silent for 50 ms' });
    expect(entries.map((entry) => entry.name)).toEqual([AREA]);
  });

  it('a chunk-by-chunk answer takes as long as its slowest gap, not the sum of them', async () => {
    // 12 chunks 20 ms apart: 240 ms in all, each gap well within 100 ms of silence.
    const pieces = inPieces(encodeSnapshot(ENTRIES), Math.ceil(encodeSnapshot(ENTRIES).byteLength / 12));
    const outcome = await streamSnapshot(SERVED, [AREA, KLATEN, MAGELANG], () => undefined, {
      fetchImpl: streamed(pieces, 20),
      silenceMs: 100,
    });
    expect(outcome).toEqual({ ok: true });
  });
});

describe('the flag for an area copy kept in IndexedDB', () => {
  it('is per area document and says when the copy was noted', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: store.set.bind(store) };
    expect(keepsAreaCopy(storage, AREA)).toBe(false);
    markAreaCopy(storage, AREA, new Date('2026-11-24T01:00:00Z'));
    expect(keepsAreaCopy(storage, AREA)).toBe(true);
    expect(keepsAreaCopy(storage, 'kspn-lain/area')).toBe(false);
    expect([...store.values()]).toEqual(['2026-11-24T01:00:00.000Z']);
  });
});
