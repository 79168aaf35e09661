/**
 * The sync node: a y-websocket server with persistence, auth, limits and an optional upstream link.
 * No Electron here — the same module is the app's local store, the FGD host on a LAN, and the hub.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { CloseCode, CloseReason, DEFAULT_MAX_MESSAGE_BYTES } from '../../shared/sync/protocol.js';
import { checkRoomName } from '../../shared/sync/room-name.js';
import type { TokensConfig } from '../../shared/sync/tokens.js';
import { type Authorizer, fixedGrants, openAccess, watchedTokensFile } from './auth.js';
import { Connection, type ConnectionLimits, DEFAULT_LIMITS } from './connection.js';
import { FgdHosting, type FgdHostingOptions, withHosting } from './fgd-hosting.js';
import { createFgdRoutes } from './fgd-routes.js';
import { createHttpHandler } from './http.js';
import { JoinLimiter, type JoinLimits } from './join-limiter.js';
import { createStderrLogger, describeError, type Logger } from './logger.js';
import { NodeMetrics } from './metrics.js';
import { Rooms } from './rooms.js';
import { createSnapshotRoute } from './snapshot-route.js';
import { DiskDocStore } from './storage/disk-doc-store.js';
import type { DocStore } from './storage/doc-store.js';
import { RoomRegistry } from './storage/room-registry.js';
import { UpstreamLink } from './upstream.js';

export type { TokenGrant, TokensConfig } from '../../shared/sync/tokens.js';
export { TokensFileError } from './auth.js';

export interface SyncNodeOptions {
  port: number;
  host: string;
  dataDir: string;
  /** Absent: an open node (loopback development). */
  auth?: { file: string } | { config: TokensConfig };
  upstream?: { url: string; token?: string };
  maxMessageBytes?: number;
  /** Directory served over HTTP at `/` (the built web client). */
  webRoot?: string;
  /** fsync every appended update (power-loss safety, at a cost per edit). */
  fsync?: boolean;
  log?: Logger;
  /** Tuning, mostly for tests. */
  idleUnloadMs?: number;
  compactAfterBytes?: number;
  keepaliveMs?: number;
  limits?: Partial<ConnectionLimits>;
  joinLimits?: Partial<JoinLimits>;
  fgdHosting?: FgdHostingOptions;
}

export interface SyncNode {
  readonly url: string;
  readonly port: number;
  readonly metrics: NodeMetrics;
  close(): Promise<void>;
}

export async function startSyncNode(options: SyncNodeOptions): Promise<SyncNode> {
  const log = options.log ?? createStderrLogger();
  const metrics = new NodeMetrics();
  const tokens = createAuthorizer(options, log);
  // FGD participants' tokens are answered by the hosting; the node's own tokens decide the rest, and
  // alone decide who may host (a participant can never host or remove anyone).
  const hosting = new FgdHosting(options.fgdHosting);
  const auth = withHosting(tokens, hosting);
  const registry = await RoomRegistry.open(options.dataDir, log);
  const store: DocStore = new DiskDocStore({
    dataDir: options.dataDir,
    registry,
    log,
    fsync: options.fsync ?? false,
  });
  let upstream: UpstreamLink | null = null;
  const rooms = new Rooms({
    store,
    metrics,
    log,
    idleUnloadMs: options.idleUnloadMs ?? 30_000,
    compactAfterBytes: options.compactAfterBytes ?? 1024 * 1024,
    onLoaded: (room) => upstream?.link(room),
    onUnloading: (room) => upstream?.unlink(room),
  });
  const limits: ConnectionLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const connections = new Map<WebSocket, Connection>();

  let port = 0;
  const fgdRoutes = createFgdRoutes({
    hosting,
    facilitators: tokens,
    limiter: new JoinLimiter(options.joinLimits),
    listening: () => ({ host: options.host, port }),
    interfaces: networkInterfaces,
    log,
  });
  const snapshotRoute = createSnapshotRoute({ rooms, auth, log });
  const http = createServer(createHttpHandler(metrics, options.webRoot, fgdRoutes, snapshotRoute));
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
  });

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req));
  });

  const refuse = (ws: WebSocket, code: CloseCode, detail: string) => {
    metrics.connectionsRefused += 1;
    log.info(`refused connection: ${detail}`);
    ws.close(code, CloseReason[code]);
  };

  const accept = (ws: WebSocket, req: IncomingMessage) => {
    const target = req.url ?? '/';
    const queryStart = target.indexOf('?');
    // The raw path, neither decoded nor resolved by URL parsing: `..`, `%2e%2e` or a leading `//`
    // must be refused, not turned into some other valid name.
    const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
    const named = checkRoomName(rawPath.startsWith('/') ? rawPath.slice(1) : '');
    if (!named.ok) return refuse(ws, CloseCode.badRoomName, named.error);
    const token = new URLSearchParams(queryStart === -1 ? '' : target.slice(queryStart + 1)).get('token');
    const decision = auth.decide(token, named.name);
    if (!decision.ok) {
      const code = decision.reason === 'unauthorized' ? CloseCode.unauthorized : CloseCode.forbidden;
      return refuse(ws, code, `${decision.reason} for ${named.name}`);
    }
    const connection = new Connection(ws, named.name, decision.access, token, metrics, log, limits);
    connections.set(ws, connection);
    connection.onClose = () => {
      connections.delete(ws);
      rooms.releaseIfIdle(named.name);
    };
    rooms.get(named.name).then(
      (room) => {
        if (room.failed) connection.disconnect(CloseCode.roomUnavailable);
        else connection.attach(room);
        // A client that left while the room was loading never became a peer: the room may be idle.
        if (connection.closed) rooms.releaseIfIdle(named.name);
      },
      (error: unknown) => {
        log.error(`room ${named.name} could not be loaded: ${describeError(error)}`);
        connection.disconnect(CloseCode.roomUnavailable);
      },
    );
  };

  // A changed tokens file applies to open connections too: revoked tokens are dropped, and a token
  // that lost write access keeps reading but can no longer write. The same goes for a removed FGD
  // participant and for the participants of an FGD no longer hosted.
  auth.onChange(() => {
    for (const connection of connections.values()) {
      const decision = auth.decide(connection.token, connection.roomName);
      if (!decision.ok) {
        connection.disconnect(
          decision.reason === 'unauthorized' ? CloseCode.unauthorized : CloseCode.forbidden,
        );
      } else {
        connection.access = decision.access;
      }
    }
  });

  const keepalive = setInterval(() => {
    for (const [ws, connection] of connections) {
      if (!connection.alive) {
        ws.terminate();
        continue;
      }
      connection.alive = false;
      ws.ping();
    }
  }, options.keepaliveMs ?? 30_000);
  keepalive.unref();

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const address = http.address();
  if (address === null || typeof address === 'string') throw new Error('node is not listening on a TCP port');
  port = address.port;

  if (options.upstream) {
    upstream = new UpstreamLink(options.upstream, rooms, log);
    await upstream.linkAll(store.rooms());
  }

  let closing: Promise<void> | null = null;
  return {
    url: `ws://${formatHost(options.host)}:${port}`,
    port,
    metrics,
    close: () => {
      closing ??= (async () => {
        clearInterval(keepalive);
        auth.close();
        upstream?.close();
        for (const connection of connections.values()) connection.disconnect(CloseCode.shuttingDown);
        wss.close();
        const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeAllConnections();
        await rooms.closeAll();
        await store.close();
        await registry.flush();
        await httpClosed;
      })();
      return closing;
    },
  };
}

function createAuthorizer(options: SyncNodeOptions, log: Logger): Authorizer {
  if (!options.auth) return openAccess;
  if ('file' in options.auth) return watchedTokensFile(options.auth.file, log);
  return fixedGrants(options.auth.config);
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
