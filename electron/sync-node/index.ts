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
import { withCors } from './cors.js';
import { FgdHosting, type FgdHostingOptions, withHosting } from './fgd-hosting.js';
import { createFgdRoutes } from './fgd-routes.js';
import { createHttpHandler } from './http.js';
import { JoinLimiter, type JoinLimits } from './join-limiter.js';
import { joinAddresses } from './join-urls.js';
import { LanListener } from './lan-listener.js';
import { createStderrLogger, describeError, type Logger } from './logger.js';
import { NodeMetrics } from './metrics.js';
import { Rooms } from './rooms.js';
import { createSnapshotRoute } from './snapshot-route.js';
import { DiskDocStore } from './storage/disk-doc-store.js';
import type { DocStore } from './storage/doc-store.js';
import { RoomRegistry } from './storage/room-registry.js';
import { UpstreamLink, type UpstreamStatus } from './upstream.js';

export type { TokenGrant, TokensConfig } from '../../shared/sync/tokens.js';
export { TokensFileError } from './auth.js';
export type { UpstreamStatus } from './upstream.js';

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
  /**
   * Origins (e.g. `rembug-app://app`, the desktop renderer) allowed to call the HTTP routes
   * cross-origin. Absent or empty: no CORS headers at all.
   */
  allowedOrigins?: readonly string[];
}

/** The extra listener that puts a loopback node on the LAN for one FGD session. */
export interface LanListening {
  port: number;
  /** `http://<address>:<port>` for every LAN IPv4 address, loopback last. */
  addresses: string[];
}

export interface SyncNode {
  readonly url: string;
  readonly port: number;
  readonly metrics: NodeMetrics;
  /** The LAN listener while it is on, else null. */
  readonly lan: LanListening | null;
  /** The link to the upstream node, when one was given. */
  readonly upstream: UpstreamStatus | null;
  /**
   * Also listen on every interface (0.0.0.0) at `port`: by default the last LAN port, else the node's
   * port + 1, else a free one. Join URLs then name the LAN addresses. Already on: the same answer.
   */
  startLan(port?: number): Promise<LanListening>;
  /** Closes the LAN listener and drops the sockets that came in through it. Off already: nothing. */
  stopLan(): Promise<void>;
  close(): Promise<void>;
}

/** How long LAN sockets get to finish their close handshake when the LAN listener stops. */
const LAN_CLOSE_GRACE_MS = 1_000;

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
  let lan: LanListener | null = null;
  const fgdRoutes = createFgdRoutes({
    hosting,
    facilitators: tokens,
    limiter: new JoinLimiter(options.joinLimits),
    // While the LAN listener is on, phones must be sent there, not to the loopback bind.
    listening: () => (lan?.port ? { host: '0.0.0.0', port: lan.port } : { host: options.host, port }),
    interfaces: networkInterfaces,
    log,
  });
  const snapshotRoute = createSnapshotRoute({ rooms, auth, log });
  const handler = withCors(
    options.allowedOrigins,
    createHttpHandler(metrics, options.webRoot, fgdRoutes, snapshotRoute),
  );
  const http = createServer(handler);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
  });

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req));
  });
  /** Sockets that came in through the LAN listener: dropped when it closes. */
  const lanSockets = new Set<WebSocket>();
  const acceptLan = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      lanSockets.add(ws);
      ws.once('close', () => lanSockets.delete(ws));
      accept(ws, req);
    });
  };
  let lastLanPort: number | null = null;
  let lanChange: Promise<unknown> = Promise.resolve();
  /** Runs LAN starts and stops one after another: a quick on-off-on must not race two binds. */
  const serialLan = <T>(step: () => Promise<T>): Promise<T> => {
    const next = lanChange.then(step, step);
    lanChange = next.catch(() => undefined);
    return next;
  };
  const lanState = (listener: LanListener): LanListening => ({
    port: listener.port,
    addresses: joinAddresses('0.0.0.0', networkInterfaces()).map(
      (address) => `http://${address}:${listener.port}`,
    ),
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

  const stopLan = async (): Promise<void> => {
    const listener = lan;
    if (listener === null) return;
    lan = null;
    for (const ws of lanSockets) {
      connections.get(ws)?.disconnect(CloseCode.shuttingDown);
      // A phone that has left the Wi-Fi never answers the close handshake; do not wait ws's 30 s.
      setTimeout(() => ws.terminate(), LAN_CLOSE_GRACE_MS).unref();
    }
    lanSockets.clear();
    await listener.close();
    log.info('LAN listener closed');
  };

  let closing: Promise<void> | null = null;
  return {
    url: `ws://${formatHost(options.host)}:${port}`,
    port,
    metrics,
    get lan() {
      return lan === null ? null : lanState(lan);
    },
    get upstream() {
      return upstream?.status ?? null;
    },
    startLan: (wanted?: number) =>
      serialLan(async () => {
        if (closing !== null) throw new Error('node is closing');
        if (lan !== null) return lanState(lan);
        const listener = await LanListener.open({
          handler,
          upgrade: acceptLan,
          ports: wanted === undefined ? [lastLanPort ?? port + 1, 0] : [wanted],
        });
        lan = listener;
        lastLanPort = listener.port;
        log.info(`LAN listener on 0.0.0.0:${listener.port}`);
        return lanState(listener);
      }),
    stopLan: () => serialLan(stopLan),
    close: () => {
      closing ??= (async () => {
        await serialLan(stopLan);
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
