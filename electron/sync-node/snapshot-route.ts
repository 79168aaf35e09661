/**
 * `POST /snapshot` (contract: shared/sync/snapshot-format.ts): many rooms' whole state in one answer,
 * for a browser's first visit. Each room gets the decision a socket for it would get; rooms the token
 * may not read are named as refused. The answer is streamed: its header at once, the refused rooms,
 * then each room as soon as it is read (snapshot-rooms.ts), as fast as the client takes them. A client
 * that goes away stops the reading. Tokens are never logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  encodeSnapshotEntry,
  encodeSnapshotHeader,
  MAX_SNAPSHOT_REQUEST_BYTES,
  SNAPSHOT_CONTENT_TYPE,
  SNAPSHOT_PATH,
  type SnapshotEntry,
  SnapshotRequest,
} from '../../shared/sync/snapshot-format.js';
import type { Authorizer } from './auth.js';
import { clientAddress } from './fgd-routes.js';
import type { RouteHandler } from './http.js';
import { readJsonBody } from './json-body.js';
import { describeError, type Logger } from './logger.js';
import type { Rooms } from './rooms.js';
import { readRooms } from './snapshot-rooms.js';

export interface SnapshotRouteOptions {
  rooms: Rooms;
  /** The same authorizer the sockets use. */
  auth: Authorizer;
  log: Logger;
}

export function createSnapshotRoute(options: SnapshotRouteOptions): RouteHandler {
  const { log } = options;
  return (req, res, url) => {
    if (url.pathname !== SNAPSHOT_PATH) return false;
    if (req.method !== 'POST') {
      sendText(res, 405, 'method not allowed', { allow: 'POST' });
      return true;
    }
    answer(req, res, options).catch((error: unknown) => {
      log.error(`snapshot for ${clientAddress(req)} failed: ${describeError(error)}`);
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.destroy();
    });
    return true;
  };
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  options: SnapshotRouteOptions,
): Promise<void> {
  const body = await readJsonBody(req, MAX_SNAPSHOT_REQUEST_BYTES);
  if (!body.ok) {
    if (body.problem === 'tooLarge') {
      // The rest of the body is unread: close the connection once the answer is out.
      res.once('finish', () => req.socket.destroy());
      sendText(res, 413, 'request too large', { connection: 'close' });
      return;
    }
    sendText(res, body.problem === 'notJson' ? 415 : 400, 'bad request');
    return;
  }
  const parsed = SnapshotRequest.safeParse(body.value);
  if (!parsed.success) {
    sendText(res, 400, 'bad request');
    return;
  }
  const started = performance.now();
  // Taken now: once a client has gone, its socket no longer knows the address.
  const from = clientAddress(req);
  const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
  const readable: string[] = [];
  const refused: string[] = [];
  for (const room of new Set(parsed.data.rooms)) {
    const decision = options.auth.decide(token, room);
    if (decision.ok) readable.push(room);
    else if (decision.reason === 'forbidden') refused.push(room);
    else {
      // An unknown token is unknown for every room: the whole request is refused, as its socket would be.
      options.log.info(`snapshot refused: unauthorized, from ${from}`);
      sendText(res, 401, 'unauthorized', { 'www-authenticate': 'Bearer' });
      return;
    }
  }
  const count = readable.length + refused.length;
  // No content length: the answer is sent in chunks as the rooms are read.
  res.writeHead(200, { 'content-type': SNAPSHOT_CONTENT_TYPE, 'cache-control': 'no-store' });
  const out = new StreamedAnswer(res);
  await out.writeHeader(count);
  for (const name of refused) await out.writeEntry({ kind: 'refused', name });
  const counts = await readRooms(
    readable,
    options,
    (entry) => out.writeEntry(entry),
    () => out.gone,
  );
  const took = `in ${Math.round(performance.now() - started)} ms`;
  if (out.gone) {
    options.log.info(
      `snapshot to ${from} abandoned by the client after ${out.entries} of ${count} rooms ${took}`,
    );
    return;
  }
  res.end();
  options.log.info(
    `snapshot: ${counts.fromDisk + counts.fromMemory} rooms (${out.bytes} bytes, ` +
      `${counts.fromDisk} from disk) to ${from} ${took}` +
      `${refused.length > 0 ? `, ${refused.length} refused` : ''}` +
      `${counts.unavailable > 0 ? `, ${counts.unavailable} unavailable` : ''}`,
  );
}

/**
 * The response body, written entry by entry: a write the socket cannot take yet waits for 'drain', so
 * a slow client holds back the reading instead of filling the node's memory. Once the client has gone
 * every write is a no-op, and no write waits for a 'drain' that would never come.
 */
class StreamedAnswer {
  #gone = false;
  #drained: Promise<void> | null = null;
  /** Entries handed to the socket, and bytes (the header included). */
  entries = 0;
  bytes = 0;

  constructor(private readonly res: ServerResponse) {
    res.once('close', () => {
      // 'close' also follows a complete answer; only one cut short means the client went away.
      if (!res.writableFinished) this.#gone = true;
    });
  }

  get gone(): boolean {
    return this.#gone || this.res.destroyed;
  }

  async writeHeader(count: number): Promise<void> {
    await this.#write(encodeSnapshotHeader(count));
  }

  async writeEntry(entry: SnapshotEntry): Promise<void> {
    if (await this.#write(encodeSnapshotEntry(entry))) this.entries += 1;
  }

  /** False when the client had gone and nothing was written. */
  async #write(bytes: Uint8Array): Promise<boolean> {
    // Writers wait their turn: a full socket holds every reader back, not just the one that filled it.
    while (this.#drained !== null) await this.#drained;
    if (this.gone) return false;
    this.bytes += bytes.byteLength;
    if (this.res.write(bytes) || this.gone) return true;
    this.#drained = new Promise<void>((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        this.#drained = null;
        resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
    await this.#drained;
    return true;
  }
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    })
    .end(`${text}\n`);
}
