/**
 * The HTTP side of hosting an FGD (contract: shared/sync/fgd-hosting.ts): the facilitator's routes,
 * which need a token that may write the room, and the public join route, limited per client address.
 * Tokens are never logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import {
  FgdRoom,
  type HostingErrorCode,
  type HostingState,
  HostRequest,
  JoinRequest,
  type JoinResult,
  RemoveParticipantRequest,
} from '../../shared/sync/fgd-hosting.js';
import type { Authorizer } from './auth.js';
import type { FgdHosting, HostedSession } from './fgd-hosting.js';
import type { JoinLimiter } from './join-limiter.js';
import { formatHost, type Interfaces, joinAddresses, joinUrls, nodeUrlFor } from './join-urls.js';
import { readJsonBody } from './json-body.js';
import { describeError, type Logger } from './logger.js';

export const MAX_BODY_BYTES = 4096;

export interface FgdRoutesOptions {
  hosting: FgdHosting;
  /** The node's own tokens, without participants': a facilitator needs `write` on the room. */
  facilitators: Authorizer;
  limiter: JoinLimiter;
  /** Where the node listens (asked per request: the port is known only once it listens). */
  listening: () => { host: string; port: number };
  interfaces: () => Interfaces;
  log: Logger;
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/** Thrown by a step that has already answered; ends the request quietly. */
class Answered extends Error {}

/** Returns a handler that answers `/fgd/...` routes and returns false for any other path. */
export function createFgdRoutes(options: FgdRoutesOptions) {
  const { hosting, facilitators, limiter, log } = options;

  const readBody = async <T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>): Promise<T> => {
    const body = await readJsonBody(req, MAX_BODY_BYTES);
    if (!body.ok) {
      if (body.problem === 'tooLarge') {
        // The rest of the body is unread: close the connection once the answer is out.
        res.once('finish', () => req.socket.destroy());
        fail(res, 413, 'tooLarge', { connection: 'close' });
      }
      fail(res, body.problem === 'notJson' ? 415 : 400, 'badRequest');
    }
    const parsed = schema.safeParse(body.value);
    if (!parsed.success) fail(res, 400, 'badRequest');
    return parsed.data;
  };

  /** The facilitator's token (`Authorization: Bearer`) must let them write the room. */
  const requireFacilitator = (req: IncomingMessage, res: ServerResponse, room: string): void => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    const decision = facilitators.decide(match?.[1] ?? null, room);
    if (decision.ok && decision.access === 'write') return;
    const reason = decision.ok ? 'forbidden' : decision.reason;
    log.info(`fgd hosting refused: ${reason} for ${room} from ${clientAddress(req)}`);
    if (reason === 'unauthorized') fail(res, 401, 'unauthorized', { 'www-authenticate': 'Bearer' });
    fail(res, 403, 'forbidden');
  };

  const roomFromQuery = (res: ServerResponse, url: URL): string => {
    const parsed = FgdRoom.safeParse(url.searchParams.get('room'));
    if (!parsed.success) fail(res, 400, 'badRequest');
    return parsed.data;
  };

  const state = (session: HostedSession): HostingState => {
    const { host, port } = options.listening();
    return { ...session, joinUrls: joinUrls(host, port, session.code, options.interfaces()) };
  };

  const hostingRoute: Record<string, Handler> = {
    POST: async (req, res) => {
      const { room } = await readBody(req, res, HostRequest);
      requireFacilitator(req, res, room);
      const session = hosting.host(room);
      log.info(`fgd hosting ${room} (${session.participants.length} participants)`);
      send(res, 200, state(session));
    },
    GET: async (req, res, url) => {
      const room = roomFromQuery(res, url);
      requireFacilitator(req, res, room);
      const session = hosting.session(room);
      if (!session) fail(res, 404, 'notHosted');
      send(res, 200, state(session));
    },
    DELETE: async (req, res, url) => {
      const room = roomFromQuery(res, url);
      requireFacilitator(req, res, room);
      // Stopping what is not hosted is already done: 204 either way, so a retried stop succeeds.
      if (hosting.stop(room)) log.info(`fgd hosting of ${room} stopped`);
      send(res, 204);
    },
  };

  const removeRoute: Record<string, Handler> = {
    POST: async (req, res) => {
      const { room, participantId } = await readBody(req, res, RemoveParticipantRequest);
      requireFacilitator(req, res, room);
      const outcome = hosting.remove(room, participantId);
      if (outcome === 'notHosted') fail(res, 404, 'notHosted');
      // An unknown participant is as good as removed (a second click, or removed in another tab).
      if (outcome === 'removed') log.info(`fgd participant ${participantId} removed from ${room}`);
      send(res, 204);
    },
  };

  const joinRoute: Record<string, Handler> = {
    POST: async (req, res) => {
      const client = clientAddress(req);
      const attempt = limiter.attempt(client);
      if (!attempt.ok) {
        log.info(`fgd join refused: too many tries from ${client}`);
        fail(res, 429, 'tooManyTries', { 'retry-after': String(attempt.retryAfterSeconds) });
      }
      const request = await readBody(req, res, JoinRequest);
      const joined = hosting.join(request.code, request.name, request.region);
      if (!joined.ok) {
        if (joined.error === 'unknownCode') {
          limiter.failed(client);
          log.info(`fgd join refused: unknown code from ${client}`);
          fail(res, 404, 'unknownCode');
        }
        log.info(`fgd join refused: room full, from ${client}`);
        fail(res, 409, 'roomFull');
      }
      log.info(`fgd participant ${joined.participant.id} joined ${joined.room} from ${client}`);
      const { host, port } = options.listening();
      const first = joinAddresses(host, options.interfaces())[0] ?? formatHost(host);
      const result: JoinResult = {
        room: joined.room,
        token: joined.token,
        participant: joined.participant,
        node: nodeUrlFor(req.headers.host, `${first}:${port}`),
      };
      send(res, 200, result);
    },
  };

  const routes: Record<string, Record<string, Handler>> = {
    '/fgd/hosting': hostingRoute,
    '/fgd/hosting/remove': removeRoute,
    '/fgd/join': joinRoute,
  };

  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    const route = routes[url.pathname];
    if (!route) return false;
    const handler = route[req.method ?? ''];
    if (!handler) {
      send(
        res,
        405,
        { error: 'methodNotAllowed' satisfies HostingErrorCode },
        { allow: Object.keys(route).join(', ') },
      );
      return true;
    }
    handler(req, res, url).catch((error: unknown) => {
      if (error instanceof Answered) return;
      log.error(`fgd ${req.method} ${url.pathname} failed: ${describeError(error)}`);
      if (!res.headersSent) send(res, 500, { error: 'internal' satisfies HostingErrorCode });
      else res.destroy();
    });
    return true;
  };
}

function send(
  res: ServerResponse,
  status: number,
  body?: object,
  headers: Record<string, string> = {},
): void {
  // Tokens and join codes must not sit in any cache.
  const common = { 'cache-control': 'no-store', ...headers };
  if (body === undefined) {
    res.writeHead(status, common).end();
    return;
  }
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...common })
    .end(JSON.stringify(body));
}

function fail(
  res: ServerResponse,
  status: number,
  error: HostingErrorCode,
  headers: Record<string, string> = {},
): never {
  send(res, status, { error }, headers);
  throw new Answered();
}

/** The address a request came from, IPv4-mapped IPv6 written as plain IPv4 (one bucket per client). */
export function clientAddress(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
