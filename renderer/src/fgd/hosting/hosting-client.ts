/**
 * Typed calls to a node's FGD hosting routes (contract: shared/sync/fgd-hosting.ts). Every answer is
 * parsed with the contract's schemas; a failure comes back as a value with the node's error code, or
 * `unreachable` when no answer came, so the screens can say what happened in the person's language.
 */
import type { z } from 'zod';
import type { RembugHost } from '../../../../shared/host';
import {
  HostingError,
  type HostingErrorCode,
  HostingState,
  type JoinRequest,
  JoinResult,
} from '../../../../shared/sync/fgd-hosting';
import type { Profile } from '../../data/profile';

/** What can go wrong talking to the node: its own error codes, or no (understandable) answer at all. */
export type HostingProblem = HostingErrorCode | 'unreachable' | 'badAnswer';

export interface Failure {
  ok: false;
  problem: HostingProblem;
  /** Seconds to wait before trying again, from `Retry-After` (429). */
  retryAfter?: number;
}

export type HostingAnswer<T> = { ok: true; value: T } | Failure;

/** The node a facilitator hosts on and the token that lets them write the room there. */
export interface HostingNode {
  /** http(s):// origin of the node. */
  base: string;
  token: string;
}

/** ws://host:port → http://host:port (wss → https). */
export function httpOrigin(wsUrl: string): string {
  return wsUrl.replace(/^ws(s?):\/\//, 'http$1://');
}

/**
 * Hosting runs on the window's own node (this device in Electron, the serving node in a browser):
 * that is the node the room's phones can reach. Its token is the host's; a browser page opened
 * without `?token=` on the area hub itself uses the profile's hub token for the same node.
 */
export function hostingNode(host: RembugHost, profile: Profile): HostingNode {
  const base = httpOrigin(host.node.url);
  if (host.node.token !== '') return { base, token: host.node.token };
  const hub = profile.hub;
  const token = hub !== null && httpOrigin(hub.url) === base ? hub.token : '';
  return { base, token };
}

/** The node that served this page (the participant page is always served by the hosting node). */
export function servingNode(host: RembugHost): string {
  return httpOrigin(host.node.url);
}

/** Sends the request; a success carries the parsed JSON body (undefined for 204). */
async function send(url: string, init: RequestInit): Promise<{ ok: true; body: unknown } | Failure> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, cache: 'no-store' });
  } catch (error) {
    // fetch rejects only when no answer came at all (node down, wrong network).
    console.warn(`fgd hosting: ${init.method ?? 'GET'} ${url} got no answer`, error);
    return { ok: false, problem: 'unreachable' };
  }
  let body: unknown;
  if (response.status !== 204) {
    try {
      body = await response.json();
    } catch (error) {
      console.warn(`fgd hosting: ${url} answered ${response.status} without JSON`, error);
      return { ok: false, problem: 'badAnswer' };
    }
  }
  if (response.ok) return { ok: true, body };
  const parsed = HostingError.safeParse(body);
  const problem: HostingProblem = parsed.success ? parsed.data.error : 'badAnswer';
  const retryAfter = Number(response.headers.get('retry-after'));
  return Number.isFinite(retryAfter) && retryAfter > 0
    ? { ok: false, problem, retryAfter }
    : { ok: false, problem };
}

async function call<T>(url: string, init: RequestInit, schema: z.ZodType<T>): Promise<HostingAnswer<T>> {
  const sent = await send(url, init);
  if (!sent.ok) return sent;
  const parsed = schema.safeParse(sent.body);
  if (parsed.success) return { ok: true, value: parsed.data };
  console.warn(`fgd hosting: ${url} answered something unexpected`, parsed.error.message);
  return { ok: false, problem: 'badAnswer' };
}

async function callEmpty(url: string, init: RequestInit): Promise<HostingAnswer<undefined>> {
  const sent = await send(url, init);
  return sent.ok ? { ok: true, value: undefined } : sent;
}

function facilitatorInit(node: HostingNode, method: string, body?: object): RequestInit {
  const headers: Record<string, string> = {};
  if (node.token !== '') headers.authorization = `Bearer ${node.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return body === undefined ? { method, headers } : { method, headers, body: JSON.stringify(body) };
}

function roomQuery(room: string): string {
  return `room=${encodeURIComponent(room)}`;
}

export async function startHosting(node: HostingNode, room: string): Promise<HostingAnswer<HostingState>> {
  return call(`${node.base}/fgd/hosting`, facilitatorInit(node, 'POST', { room }), HostingState);
}

/** The running hosting of `room`, or null when the room is not hosted (404 notHosted). */
export async function readHosting(
  node: HostingNode,
  room: string,
): Promise<HostingAnswer<HostingState | null>> {
  const answer = await call(
    `${node.base}/fgd/hosting?${roomQuery(room)}`,
    facilitatorInit(node, 'GET'),
    HostingState,
  );
  if (!answer.ok && answer.problem === 'notHosted') return { ok: true, value: null };
  return answer;
}

export async function stopHosting(node: HostingNode, room: string): Promise<HostingAnswer<undefined>> {
  return callEmpty(`${node.base}/fgd/hosting?${roomQuery(room)}`, facilitatorInit(node, 'DELETE'));
}

export async function removeParticipant(
  node: HostingNode,
  room: string,
  participantId: string,
): Promise<HostingAnswer<undefined>> {
  return callEmpty(`${node.base}/fgd/hosting/remove`, facilitatorInit(node, 'POST', { room, participantId }));
}

/** A person in the room trades the code for a token (no Authorization: the code is the credential). */
export async function joinSession(base: string, request: JoinRequest): Promise<HostingAnswer<JoinResult>> {
  return call(
    `${base}/fgd/join`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) },
    JoinResult,
  );
}

/** The i18n key that explains a problem to the person (facilitator or participant). */
export function problemKey(problem: HostingProblem): `fgdHosting.problem.${HostingProblem}` {
  return `fgdHosting.problem.${problem}`;
}
