import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, DEFAULT_MAX_MESSAGE_BYTES, MessageType, SyncStep } from '../../shared/sync/protocol';
import {
  type Client,
  cleanup,
  connectClient,
  docContent,
  fetchDoc,
  type NodeProcess,
  sameDoc,
  startNode,
  waitFor,
} from './harness';
import {
  accessOutcome,
  awarenessClients,
  closedWithin,
  encodeAwareness,
  encodeUpdate,
  openRaw,
  rawUpgrade,
  roundTrip,
  type UpgradeOutcome,
} from './raw-socket';

afterEach(cleanup);

const ROOM = 'kspn-borobudur/region/33.10';
const MAX_MESSAGE_BYTES = 64 * 1024;

/** mulberry32: the "random" bytes are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Could a strict reader accept this message? Used only to keep "random bytes" cases that are really
 * invalid (a random buffer can, rarely, be a valid message — e.g. `[3, …]` asks for awareness). The
 * auth and writeRefused types count as possibly valid: what a node does with them is not specified.
 */
function mayBeValid(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.queryAwareness || type === MessageType.auth) return true;
    if (type === MessageType.writeRefused) return true;
    if (type === MessageType.awareness) {
      const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const count = decoding.readVarUint(inner);
      for (let i = 0; i < count; i++) {
        decoding.readVarUint(inner);
        decoding.readVarUint(inner);
        JSON.parse(decoding.readVarString(inner));
      }
      return true;
    }
    if (type !== MessageType.sync) return false;
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === SyncStep.step1) Y.decodeStateVector(payload);
    else if (step === SyncStep.step2 || step === SyncStep.update) Y.decodeUpdate(payload);
    else return false;
    return true;
  } catch {
    return false;
  }
}

function randomInvalidMessages(count: number): Uint8Array[] {
  const random = prng(20_250_312);
  const messages: Uint8Array[] = [];
  while (messages.length < count) {
    const length = 1 + Math.floor(random() * 200);
    const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
    // A third fully random, the rest posing as sync or awareness messages to reach those decoders.
    const family = messages.length % 3;
    if (family === 1) bytes[0] = MessageType.sync;
    if (family === 2) bytes[0] = MessageType.awareness;
    if (!mayBeValid(bytes)) messages.push(bytes);
  }
  return messages;
}

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** A valid update from a doc the room never sees, carrying `marker`. */
function foreignUpdate(marker: string): Uint8Array {
  const doc = new Y.Doc();
  // A fixed one-byte client id fixes the layout: [clients, structs, client, clock, info of the first item, …].
  doc.clientID = 1;
  doc.getText('text').insert(0, marker);
  doc.getMap('map').set('foreign', marker);
  return Y.encodeStateAsUpdate(doc);
}

/** The cases that must close the sender's connection with 4422, each leaving the room untouched. */
function malformedCases(): { name: string; message: Uint8Array }[] {
  const update = foreignUpdate('POISON');
  const badContentRef = Uint8Array.from(update);
  badContentRef[4] = (badContentRef[4] ?? 0) | 0x1f; // content type 31 does not exist
  const validMessage = encodeUpdate(update);
  return [
    ...randomInvalidMessages(12).map((message, i) => ({ name: `random bytes #${i}`, message })),
    { name: 'empty message', message: new Uint8Array() },
    {
      name: 'truncated message (length says more)',
      message: validMessage.subarray(0, validMessage.length - 7),
    },
    {
      name: 'truncated inside a varint',
      message: Uint8Array.from([MessageType.sync, SyncStep.update, 0x80]),
    },
    { name: 'bad varint (too long)', message: new Uint8Array(12).fill(0xff) },
    {
      name: 'bad varint in sync step',
      message: Uint8Array.from([MessageType.sync, ...new Array(12).fill(0xff)]),
    },
    { name: 'unknown message type 7', message: Uint8Array.from([7, 1, 2, 3]) },
    { name: 'unknown message type 99', message: Uint8Array.from([99]) },
    { name: 'unknown sync step 9', message: Uint8Array.from([MessageType.sync, 9, 0]) },
    {
      name: 'invalid update: truncated payload',
      message: syncMessage(SyncStep.update, update.subarray(0, -6)),
    },
    { name: 'invalid update: unknown content type', message: syncMessage(SyncStep.update, badContentRef) },
    // Valid structs, then a cut in the delete set: a reader that applies before it validates would
    // integrate the structs and only then throw.
    {
      name: 'invalid update: structs fine, delete set cut',
      message: syncMessage(SyncStep.update, update.subarray(0, -1)),
    },
    { name: 'invalid sync step 2 payload', message: syncMessage(SyncStep.step2, update.subarray(0, -6)) },
    {
      name: 'awareness claiming more entries than it has',
      message: Uint8Array.from([MessageType.awareness, 2, 5, 1]),
    },
  ];
}

async function goodPair(
  node: NodeProcess,
): Promise<{ writer: Client; reader: Client; check(label: string): Promise<void> }> {
  const writer = connectClient(node.url, ROOM);
  const reader = connectClient(node.url, ROOM);
  await Promise.all([writer.synced(), reader.synced()]);
  return {
    writer,
    reader,
    async check(label: string) {
      writer.doc.getArray('array').push([label]);
      await waitFor(
        () => reader.doc.getArray('array').toArray().includes(label),
        5_000,
        `the good clients to still sync (${label})`,
      );
      expect(node.running, `node alive after ${label}`).toBe(true);
      expect(writer.provider.wsconnected && reader.provider.wsconnected).toBe(true);
    },
  };
}

describe('bad input', () => {
  it('malformed messages close only the sender (4422); good clients keep working; the room is untouched', async () => {
    const node = await startNode({ args: ['--max-message-bytes', String(MAX_MESSAGE_BYTES)] });
    const good = await goodPair(node);
    await good.check('before');

    for (const { name, message } of malformedCases()) {
      expect(mayBeValid(message), `${name} is really malformed`).toBe(false);
      const raw = openRaw(node.url, ROOM);
      await raw.opened;
      raw.send(message);
      const close = await closedWithin(raw, 3_000);
      expect(close?.code, name).toBe(CloseCode.malformedMessage);
      await good.check(`after ${name}`);
      expect(JSON.stringify(docContent(good.reader.doc)), `${name} reached a good client`).not.toContain(
        'POISON',
      );
    }

    const fresh = await fetchDoc(node.url, ROOM);
    expect(JSON.stringify(docContent(fresh))).not.toContain('POISON');
    expect(sameDoc(fresh, good.writer.doc)).toBe(true);
    expect(sameDoc(good.reader.doc, good.writer.doc)).toBe(true);

    // And on disk: the room loads cleanly with only the good edits.
    good.writer.destroy();
    good.reader.destroy();
    expect(await node.stop()).toEqual({ code: 0, signal: null });
    await node.restart();
    const reloaded = await fetchDoc(node.url, ROOM);
    expect(docContent(reloaded)).toEqual(docContent(good.writer.doc));
    expect(sameDoc(reloaded, good.writer.doc)).toBe(true);
  });

  it('a message over --max-message-bytes closes that connection (1009) and is not applied', async () => {
    const node = await startNode({ args: ['--max-message-bytes', String(MAX_MESSAGE_BYTES)] });
    const good = await goodPair(node);

    // Well under the limit passes, from a stock client.
    good.writer.doc.getText('text').insert(0, 'x'.repeat(MAX_MESSAGE_BYTES / 2));
    await waitFor(
      () => good.reader.doc.getText('text').length === MAX_MESSAGE_BYTES / 2,
      5_000,
      'the big edit',
    );

    // A valid update just over the limit does not.
    const raw = openRaw(node.url, ROOM);
    await raw.opened;
    raw.send(encodeUpdate(foreignUpdate(`OVERSIZED${'y'.repeat(MAX_MESSAGE_BYTES)}`)));
    expect((await closedWithin(raw, 3_000))?.code).toBe(CloseCode.messageTooBig);
    await good.check('after oversized');
    expect(JSON.stringify(docContent(await fetchDoc(node.url, ROOM)))).not.toContain('OVERSIZED');
  });

  it('without --max-message-bytes the limit is 16 MiB', async () => {
    const node = await startNode();
    const good = await goodPair(node);
    const raw = openRaw(node.url, ROOM);
    await raw.opened;
    // Framed like an update, then junk: only the size check can produce 1009 (parsing would say 4422).
    const message = new Uint8Array(DEFAULT_MAX_MESSAGE_BYTES + 1);
    message.set([MessageType.sync, SyncStep.update]);
    raw.send(message);
    expect((await closedWithin(raw, 5_000))?.code).toBe(CloseCode.messageTooBig);
    await good.check('after 16 MiB + 1');
  });

  it('an awareness flood is rate-limited: excess dropped, good clients unaffected', async () => {
    const node = await startNode();
    const good = await goodPair(node);
    const observer = openRaw(node.url, ROOM);
    await observer.opened;
    await roundTrip(observer);

    const flooder = openRaw(node.url, ROOM);
    await flooder.opened;
    const floodClient = 424_242;
    const sent = 5_000;
    for (let clock = 1; clock <= sent; clock++) {
      flooder.send(encodeAwareness(floodClient, clock, { user: { name: 'flood', n: clock } }));
    }
    await good.check('during the flood');
    // Let the node work through the flood: a reply on the flooder's own socket comes after all of it
    // (unless the node closed it for flooding, which is allowed with 4429 only).
    await Promise.race([roundTrip(flooder, 15_000).catch(() => undefined), flooder.closed]);
    if (flooder.closeInfo) expect(flooder.closeInfo.code).toBe(CloseCode.rateLimited);
    await roundTrip(observer);

    const relayed = observer.messages.filter((message) =>
      awarenessClients(message)?.includes(floodClient),
    ).length;
    expect(relayed, 'the first awareness states get through').toBeGreaterThanOrEqual(1);
    expect(relayed, 'most of a 5,000-message burst is dropped').toBeLessThan(sent / 2);
    await good.check('after the flood');
  });

  it('bad room names are closed with 4400 and touch nothing inside or outside the data folder', async () => {
    // The node runs in its own sandbox folder (its cwd) around the data folder: both are watched.
    const node = await startNode();
    // A normal room first, so the data folder has its usual shape.
    const good = await goodPair(node);
    await good.check('normal room');
    // The length limit is 200: exactly 200 is a name, 201 is not.
    expect(await accessOutcome(node.url, 'a'.repeat(200))).toEqual({ outcome: 'accepted' });
    expect(await accessOutcome(node.url, 'a'.repeat(201))).toMatchObject({
      outcome: 'closed',
      close: { code: CloseCode.badRoomName },
    });

    const marker = `rembug-escape-${process.pid}-${Date.now()}`;
    expect(path.dirname(node.dataDir)).toBe(node.cwd);
    const tree = (): string[] => listTree(node.cwd);
    let before = tree();
    await waitFor(
      () => {
        const now = tree();
        const stable = JSON.stringify(now) === JSON.stringify(before);
        before = now;
        return stable;
      },
      5_000,
      'the data folder to settle',
    );

    const badPaths = [
      `/../${marker}`,
      `/../../${marker}`,
      `/%2e%2e/${marker}`,
      `/%2E%2E/%2E%2E/${marker}`,
      `/..%2f..%2f${marker}`,
      `/a%2Fb`,
      `/kspn-borobudur%2Fregion%2F33.10`,
      `/${path.join(tmpdir(), marker)}`,
      `/..%5c..%5c${marker}`,
      `/a%00b`,
      `/${'a'.repeat(5_000)}`,
      `/KSPN-Borobudur/Region/33.10`,
      '/',
      '/a//b',
      '/./a',
      '/a/',
    ];
    const outcomes: Record<string, string> = {};
    for (const rawPath of badPaths)
      outcomes[rawPath.slice(0, 60)] = summarize(await rawUpgrade(node.port, rawPath));
    // One assertion over all paths, so a failure lists every name that got through.
    const refused = `closed ${CloseCode.badRoomName}, no data`;
    expect
      .soft(outcomes)
      .toEqual(Object.fromEntries(badPaths.map((rawPath) => [rawPath.slice(0, 60), refused])));
    // A raw NUL byte in the request line: refusing it at the HTTP level is fine too.
    expect([refused, 'http 400', 'ended']).toContain(summarize(await rawUpgrade(node.port, '/a\u0000b')));

    expect(tree()).toEqual(before);
    expect(existsSync(path.join(tmpdir(), marker))).toBe(false);
    expect(readdirSync(tmpdir()).filter((name) => name.includes(marker))).toEqual([]);
    await good.check('after the bad names');
    expect(node.running).toBe(true);
  });
});

function summarize(outcome: UpgradeOutcome): string {
  const data = (frames: Uint8Array[]): string =>
    frames.length === 0
      ? 'no data'
      : `after data ${frames.map((frame) => `[${frame.slice(0, 4).join(',')}…]`).join(' ')}`;
  switch (outcome.kind) {
    case 'http':
      return `http ${outcome.status}`;
    case 'closed':
      return `closed ${outcome.code}, ${data(outcome.dataFrames)}`;
    case 'open':
      return `accepted (open), ${data(outcome.dataFrames)}`;
    case 'ended':
      return 'ended';
  }
}

/** Every path (files and folders) under `root`, relative, sorted. */
function listTree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map(
      (entry) =>
        `${path.relative(root, path.join(entry.parentPath, entry.name))}${entry.isDirectory() ? '/' : ''}`,
    )
    .sort();
}
