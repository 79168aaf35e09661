/**
 * `POST /snapshot` (contract: shared/sync/snapshot-format.ts): many rooms' whole state in one answer,
 * for a browser's first visit. Each room gets the decision a socket for it would get; rooms the token
 * may not read are left out and named as refused. Rooms are loaded through `Rooms`, so a room being
 * loaded or unloaded is waited for, and they are released again once answered. Tokens are never logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import {
  encodeSnapshot,
  MAX_SNAPSHOT_REQUEST_BYTES,
  SNAPSHOT_CONTENT_TYPE,
  SNAPSHOT_PATH,
  type Snapshot,
  SnapshotRequest,
} from '../../shared/sync/snapshot-format.js';
import type { Authorizer } from './auth.js';
import { clientAddress } from './fgd-routes.js';
import type { RouteHandler } from './http.js';
import { readJsonBody } from './json-body.js';
import { describeError, type Logger } from './logger.js';
import type { Rooms } from './rooms.js';

/** Rooms read from disk at once: a 600-room request must not open 600 logs together. */
const LOAD_CONCURRENCY = 8;

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
  const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
  const readable: string[] = [];
  const refused: string[] = [];
  for (const room of new Set(parsed.data.rooms)) {
    const decision = options.auth.decide(token, room);
    if (decision.ok) readable.push(room);
    else if (decision.reason === 'forbidden') refused.push(room);
    else {
      // An unknown token is unknown for every room: the whole request is refused, as its socket would be.
      options.log.info(`snapshot refused: unauthorized, from ${clientAddress(req)}`);
      sendText(res, 401, 'unauthorized', { 'www-authenticate': 'Bearer' });
      return;
    }
  }
  const snapshot = await loadAll(readable, options);
  snapshot.refused = refused;
  const bytes = encodeSnapshot(snapshot);
  options.log.info(
    `snapshot: ${snapshot.docs.size} rooms (${bytes.byteLength} bytes) to ${clientAddress(req)} ` +
      `in ${Math.round(performance.now() - started)} ms` +
      `${refused.length > 0 ? `, ${refused.length} refused` : ''}` +
      `${snapshot.unavailable.length > 0 ? `, ${snapshot.unavailable.length} unavailable` : ''}`,
  );
  res
    .writeHead(200, {
      'content-type': SNAPSHOT_CONTENT_TYPE,
      'content-length': String(bytes.byteLength),
      'cache-control': 'no-store',
    })
    .end(bytes);
}

async function loadAll(names: readonly string[], options: SnapshotRouteOptions): Promise<Snapshot> {
  const snapshot: Snapshot = { docs: new Map(), refused: [], unavailable: [] };
  const updates = new Map<string, Uint8Array>();
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      try {
        const room = await options.rooms.get(name);
        if (room.failed) snapshot.unavailable.push(name);
        else updates.set(name, Y.encodeStateAsUpdate(room.doc));
      } catch (error) {
        options.log.error(`snapshot: room ${name} could not be loaded: ${describeError(error)}`);
        snapshot.unavailable.push(name);
      } finally {
        // Loaded for this answer only: unloaded after the idle time unless a socket joins meanwhile.
        options.rooms.releaseIfIdle(name);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOAD_CONCURRENCY, names.length) }, worker));
  // In the order asked for, whatever order the loads finished in.
  for (const name of names) {
    const update = updates.get(name);
    if (update !== undefined) snapshot.docs.set(name, update);
  }
  return snapshot;
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
