import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/sync/protocol';
import {
  cleanup,
  connectClient,
  makeTempDir,
  type NodeProcess,
  parseMetrics,
  readMetrics,
  startNode,
  waitFor,
} from './harness';
import { closedWithin, openRaw, writeRefusedReason } from './raw-socket';

afterEach(cleanup);

const ROOM = 'kspn-borobudur/region/33.10';
const WRITER = 'tok-writer';
const READER = 'tok-reader';
const METRICS = [
  'rembug_connections',
  'rembug_rooms_loaded',
  'rembug_bytes_in_total',
  'rembug_bytes_out_total',
  'rembug_updates_stored_total',
  'rembug_writes_refused_total',
  'rembug_messages_rejected_total',
] as const;
type Metric = (typeof METRICS)[number];

async function startAuthNode(): Promise<NodeProcess> {
  const file = path.join(makeTempDir(), 'tokens.json');
  writeFileSync(
    file,
    JSON.stringify({
      tokens: [
        { token: WRITER, name: 'Diskominfo Klaten', region: '33.10', read: ['*'], write: ['*'] },
        { token: READER, name: 'Bappeda Magelang', region: '33.08', read: ['*'], write: [] },
      ],
    }),
  );
  return startNode({ args: ['--auth', file] });
}

async function metric(node: NodeProcess, name: Metric): Promise<number> {
  const value = (await readMetrics(node)).get(name);
  if (value === undefined) throw new Error(`${name} missing from /metrics`);
  return value;
}

describe('http', () => {
  it('GET /healthz answers 200 and GET /metrics lists every metric in Prometheus text', async () => {
    const node = await startAuthNode();
    const health = await fetch(`${node.httpUrl}/healthz`);
    expect(health.status).toBe(200);

    const response = await fetch(`${node.httpUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type') ?? '').toMatch(/^text\/plain/);
    const text = await response.text();
    const metrics = parseMetrics(text);
    for (const name of METRICS) {
      expect(metrics.has(name), `${name} has a sample`).toBe(true);
      expect(text, `${name} has a TYPE line`).toMatch(new RegExp(`^# TYPE ${name} (counter|gauge)$`, 'm'));
    }
    expect(text).toMatch(/^# TYPE rembug_connections gauge$/m);
    expect(text).toMatch(/^# TYPE rembug_updates_stored_total counter$/m);
    expect(metrics.get('rembug_connections')).toBe(0);
  });

  it('the counters move: connections, rooms, bytes, updates stored, writes refused, messages rejected', async () => {
    const node = await startAuthNode();
    const start = await readMetrics(node);
    const at = (name: Metric): number => start.get(name) ?? Number.NaN;

    const a = connectClient(node.url, ROOM, { token: WRITER });
    const b = connectClient(node.url, ROOM, { token: WRITER });
    await Promise.all([a.synced(), b.synced()]);
    await waitFor(async () => (await metric(node, 'rembug_connections')) === 2, 3_000, 'connections = 2');
    expect(await metric(node, 'rembug_rooms_loaded')).toBeGreaterThanOrEqual(1);

    for (let i = 0; i < 5; i++) {
      a.doc.getArray('array').push([i]);
      await waitFor(() => b.doc.getArray('array').length === i + 1, 5_000, `edit ${i} relayed`);
    }
    await waitFor(
      async () =>
        (await metric(node, 'rembug_updates_stored_total')) >= at('rembug_updates_stored_total') + 5,
      3_000,
      'updates stored to grow by the 5 edits',
    );
    expect(await metric(node, 'rembug_bytes_in_total')).toBeGreaterThan(at('rembug_bytes_in_total'));
    expect(await metric(node, 'rembug_bytes_out_total')).toBeGreaterThan(at('rembug_bytes_out_total'));

    const reader = connectClient(node.url, ROOM, { token: READER });
    await reader.synced();
    const storedBefore = await metric(node, 'rembug_updates_stored_total');
    reader.doc.getText('text').insert(0, 'tidak boleh');
    await waitFor(
      () => reader.received.some((message) => writeRefusedReason(message) !== null),
      5_000,
      'writeRefused',
    );
    await waitFor(
      async () =>
        (await metric(node, 'rembug_writes_refused_total')) >= at('rembug_writes_refused_total') + 1,
      3_000,
      'writes refused to grow',
    );

    const raw = openRaw(node.url, ROOM, { token: WRITER });
    await raw.opened;
    raw.send(Uint8Array.from([0xff, 0xff, 0xff]));
    expect((await closedWithin(raw, 3_000))?.code).toBe(CloseCode.malformedMessage);
    await waitFor(
      async () =>
        (await metric(node, 'rembug_messages_rejected_total')) >= at('rembug_messages_rejected_total') + 1,
      3_000,
      'messages rejected to grow',
    );

    // The refused write and the rejected message were not stored.
    expect(await metric(node, 'rembug_updates_stored_total')).toBe(storedBefore);

    for (const client of [a, b, reader]) client.destroy();
    await waitFor(
      async () => (await metric(node, 'rembug_connections')) === 0,
      3_000,
      'connections back to 0',
    );
  });
});
