/**
 * Raw protocol access for tests that must send what no stock client sends, or observe exactly what
 * the node sends and how it closes: a `ws` socket with every frame recorded, y-websocket message
 * encoders/decoders, and a hand-written HTTP upgrade for room paths a URL parser would normalise.
 */
import { randomBytes } from 'node:crypto';
import { connect as connectTcp } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MessageType, SyncStep } from '../../shared/sync/protocol';

export type CloseInfo = { code: number; reason: string };

export interface RawSocket {
  ws: WebSocket;
  /** Every binary message received, in order. */
  messages: Uint8Array[];
  /** Resolves when open; rejects if the socket closes or fails first. */
  opened: Promise<void>;
  /** Resolves with the close code and reason, whoever closed. */
  closed: Promise<CloseInfo>;
  /** Set once closed. */
  closeInfo: CloseInfo | null;
  send(bytes: Uint8Array): void;
  /** Resolves with the first message (already received or future) matching `predicate`. */
  waitForMessage(predicate: (message: Uint8Array) => boolean, timeoutMs?: number): Promise<Uint8Array>;
  close(): void;
}

const openSockets = new Set<WebSocket>();

export function closeAllRawSockets(): void {
  for (const ws of openSockets) ws.terminate();
  openSockets.clear();
}

export function roomUrl(url: string, room: string, token?: string): string {
  return `${url}/${room}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;
}

export function openRaw(url: string, room: string, options: { token?: string } = {}): RawSocket {
  const ws = new WebSocket(roomUrl(url, room, options.token));
  openSockets.add(ws);
  const messages: Uint8Array[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
    if (!isBinary) return;
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    messages.push(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    for (const wake of waiters) wake();
  });
  ws.on('error', () => {
    // recorded through the close event
  });
  const raw: RawSocket = {
    ws,
    messages,
    closeInfo: null,
    opened: new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('close', (code: number) => reject(new Error(`closed with ${code} before open`)));
    }),
    closed: new Promise<CloseInfo>((resolve) => {
      ws.once('close', (code: number, reason: Buffer) => {
        openSockets.delete(ws);
        raw.closeInfo = { code, reason: reason.toString() };
        for (const wake of waiters) wake();
        resolve(raw.closeInfo);
      });
    }),
    send(bytes) {
      if (ws.readyState === WebSocket.OPEN) ws.send(bytes);
    },
    waitForMessage(predicate, timeoutMs = 5_000) {
      return new Promise<Uint8Array>((resolve, reject) => {
        let seen = 0;
        const check = (): void => {
          for (; seen < messages.length; seen++) {
            const message = messages[seen];
            if (message && predicate(message)) {
              finish();
              resolve(message);
              return;
            }
          }
          if (raw.closeInfo) {
            finish();
            reject(new Error(`socket closed (${raw.closeInfo.code}) before the expected message`));
          }
        };
        const finish = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`expected message not received within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      ws.close();
    },
  };
  // Unhandled rejections would fail the run when a test does not care about `opened`.
  raw.opened.catch(() => undefined);
  return raw;
}

/** Resolves with the close info if the socket closes within `timeoutMs`, else null (still open). */
export async function closedWithin(raw: RawSocket, timeoutMs: number): Promise<CloseInfo | null> {
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    raw.closed,
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  return result;
}

/**
 * What a node does with a connection: `accepted` once it sends any sync message (we send step 1 on
 * open), or the close code it used to refuse it.
 */
export async function accessOutcome(
  url: string,
  room: string,
  token?: string,
): Promise<{ outcome: 'accepted' } | { outcome: 'closed'; close: CloseInfo; messages: Uint8Array[] }> {
  const raw = openRaw(url, room, token === undefined ? {} : { token });
  raw.ws.once('open', () => raw.send(encodeSyncStep1(new Y.Doc())));
  const result = await Promise.race([
    raw
      .waitForMessage((message) => messageType(message) === MessageType.sync, 5_000)
      .then(() => 'accepted' as const),
    raw.closed,
  ]).catch((error: unknown) => {
    // waitForMessage also rejects when the socket closes first; the close wins then.
    if (raw.closeInfo) return raw.closeInfo;
    throw error;
  });
  if (result === 'accepted') {
    raw.close();
    return { outcome: 'accepted' };
  }
  return { outcome: 'closed', close: result, messages: [...raw.messages] };
}

// ---------------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------------

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness message carrying one client's state (hand-encoded: no Awareness timers to clean up). */
export function encodeAwareness(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/** Client ids carried by an awareness message, or null if it is not one. */
export function awarenessClients(message: Uint8Array): number[] | null {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MessageType.awareness) return null;
    const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(inner);
    const clients: number[] = [];
    for (let i = 0; i < count; i++) {
      clients.push(decoding.readVarUint(inner));
      decoding.readVarUint(inner);
      decoding.readVarString(inner);
    }
    return clients;
  } catch {
    return null;
  }
}

/** The first varint of a message (its y-websocket type), or null if unreadable. */
export function messageType(message: Uint8Array): number | null {
  try {
    return decoding.readVarUint(decoding.createDecoder(message));
  } catch {
    return null;
  }
}

/** The sync sub-type (step 1, step 2, update) of a sync message, else null. */
export function syncStep(message: Uint8Array): number | null {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MessageType.sync) return null;
    return decoding.readVarUint(decoder);
  } catch {
    return null;
  }
}

export function isSyncStep2(message: Uint8Array): boolean {
  return syncStep(message) === SyncStep.step2;
}

/** The reason of a `writeRefused` message, else null. */
export function writeRefusedReason(message: Uint8Array): string | null {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MessageType.writeRefused) return null;
    return decoding.readVarString(decoder);
  } catch {
    return null;
  }
}

/** Apply every sync step 2 and update among `messages` to `doc` (what a stock client would do). */
export function applySyncMessages(doc: Y.Doc, messages: readonly Uint8Array[]): void {
  for (const message of messages) {
    const step = syncStep(message);
    if (step !== SyncStep.step2 && step !== SyncStep.update) continue;
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'raw');
  }
}

/**
 * Ask the node for its state over `raw` (sync step 1 of an empty doc) and resolve with its step 2
 * reply. Since the node answers in order, every message it sent on this socket before has arrived.
 */
export async function roundTrip(raw: RawSocket, timeoutMs = 5_000): Promise<Uint8Array> {
  const before = raw.messages.length;
  raw.send(encodeSyncStep1(new Y.Doc()));
  let index = 0;
  return raw.waitForMessage((message) => index++ >= before && isSyncStep2(message), timeoutMs);
}

// ---------------------------------------------------------------------------------------------------
// Hand-written upgrade for paths `ws`/URL would normalise (`..`, `%2e%2e`, NUL, …)
// ---------------------------------------------------------------------------------------------------

export type UpgradeOutcome =
  /** The node answered the upgrade with an HTTP status other than 101. */
  | { kind: 'http'; status: number }
  /** Upgraded, then closed with a close frame (data frames before it are listed by first byte). */
  | { kind: 'closed'; code: number | null; dataFrames: Uint8Array[] }
  /** Upgraded and still open after the timeout (the name was accepted). */
  | { kind: 'open'; dataFrames: Uint8Array[] }
  /** The TCP connection ended without a status line or close frame. */
  | { kind: 'ended'; dataFrames: Uint8Array[] };

/**
 * Send `GET <rawPath>` as a WebSocket upgrade, byte for byte, and report what the node did.
 * The socket never answers pings. `settleAfterDataMs`: how long after the first data frame to report.
 */
export function rawUpgrade(
  port: number,
  rawPath: string,
  timeoutMs = 3_000,
  settleAfterDataMs = 200,
): Promise<UpgradeOutcome> {
  return new Promise<UpgradeOutcome>((resolve) => {
    const socket = connectTcp(port, '127.0.0.1');
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    const dataFrames: Uint8Array[] = [];
    let settled = false;
    const finish = (outcome: UpgradeOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish(upgraded ? { kind: 'open', dataFrames } : { kind: 'ended', dataFrames }),
      timeoutMs,
    );
    socket.on('error', () => finish({ kind: 'ended', dataFrames }));
    socket.on('close', () => finish({ kind: 'ended', dataFrames }));
    socket.on('connect', () => {
      const key = randomBytes(16).toString('base64');
      socket.write(
        Buffer.from(
          `GET ${rawPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
          'latin1',
        ),
      );
    });
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const statusLine = buffer.subarray(0, buffer.indexOf('\r\n')).toString('latin1');
        const status = Number(statusLine.split(' ')[1]);
        if (status !== 101) {
          finish({ kind: 'http', status });
          return;
        }
        upgraded = true;
        buffer = buffer.subarray(end + 4);
      }
      // Parse unmasked server frames.
      for (;;) {
        if (buffer.length < 2) return;
        const first = buffer[0] ?? 0;
        const second = buffer[1] ?? 0;
        let length = second & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (buffer.length < 4) return;
          length = buffer.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (buffer.length < 10) return;
          length = Number(buffer.readBigUInt64BE(2));
          offset = 10;
        }
        if (buffer.length < offset + length) return;
        const payload = buffer.subarray(offset, offset + length);
        buffer = buffer.subarray(offset + length);
        const opcode = first & 0x0f;
        if (opcode === 0x8) {
          finish({ kind: 'closed', code: payload.length >= 2 ? payload.readUInt16BE(0) : null, dataFrames });
          return;
        }
        if (opcode === 0x1 || opcode === 0x2 || opcode === 0x0) {
          dataFrames.push(new Uint8Array(payload));
          // Data means the name was taken; a close that follows right away still counts as a close.
          if (dataFrames.length === 1)
            setTimeout(() => finish({ kind: 'open', dataFrames }), settleAfterDataMs);
        }
      }
    });
  });
}
