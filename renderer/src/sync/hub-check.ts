/**
 * Before a hub address is saved, it is tried: the person typed an address and a token from a letter
 * or a chat message, and a typo found now is better than a sync chip that stays red for days.
 */
import { CloseCode } from '../../../shared/sync/protocol';

export type HubCheckFailure = 'unreachable' | 'unauthorized' | 'forbidden' | 'timeout' | 'badAddress';
export type HubCheck = { ok: true } | { ok: false; reason: HubCheckFailure };

const SCHEMES: Readonly<Record<string, 'ws:' | 'wss:'>> = {
  'ws:': 'ws:',
  'wss:': 'wss:',
  'http:': 'ws:',
  'https:': 'wss:',
};

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** A DNS name: labels of letters, digits and inner dashes (already lower-cased and punycoded by URL). */
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

function isLocalAddress(hostname: string): boolean {
  return hostname === 'localhost' || IPV4.test(hostname) || hostname.startsWith('[');
}

function parse(candidate: string): URL | null {
  try {
    return new URL(candidate);
  } catch (error) {
    // Not an address at all; the caller reports it as such, the detail helps nobody on screen.
    if (!(error instanceof TypeError)) throw error;
    return null;
  }
}

/**
 * Whether the parsed host is what the person wrote. URL parsing "repairs" some input into addresses
 * nobody meant: "123" becomes 0.0.0.123, "1.2.3" becomes 1.2.0.3.
 */
function plausibleHost(url: URL, text: string): boolean {
  const { hostname } = url;
  if (IPV4.test(hostname)) return text.includes(hostname);
  if (hostname === 'localhost' || hostname.startsWith('[')) return true;
  // A bare word ("hub") is a typo more often than a LAN name; with a port it is clearly an address.
  return HOSTNAME.test(hostname) && (hostname.includes('.') || url.port !== '');
}

/**
 * A hub address as people write it ("hub.example.id", "https://hub.example.id/", "10.0.0.5:8080")
 * turned into the ws:// or wss:// origin the sync client needs, or null when it is not an address.
 * Path, query and fragment are dropped (a pasted browser link still works). Without a scheme it is
 * wss://, except a LAN address with a port (a hub on a laptop in the meeting room), which rarely has
 * a certificate: ws://.
 */
export function normaliseHubUrl(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (text === '' || /\s/.test(text)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(text);
  const url = parse(hasScheme ? text : `wss://${text}`);
  if (url === null || url.username !== '' || url.password !== '' || !plausibleHost(url, text)) return null;
  const scheme = hasScheme
    ? SCHEMES[url.protocol]
    : isLocalAddress(url.hostname) && url.port !== ''
      ? 'ws:'
      : 'wss:';
  return scheme === undefined ? null : `${scheme}//${url.host}`;
}

export interface CheckHubOptions {
  timeoutMs?: number;
  /** The browser's WebSocket by default; tests in Node pass the `ws` package's. */
  WebSocketImpl?: typeof globalThis.WebSocket;
}

function failureOfClose(code: number): HubCheckFailure {
  if (code === CloseCode.unauthorized) return 'unauthorized';
  if (code === CloseCode.forbidden) return 'forbidden';
  return 'unreachable';
}

/**
 * Opens the area document on the hub with the token and waits for the first binary message: a node
 * sends its sync step 1 only once it has accepted the token for that room, so that message is the
 * proof. A refusal arrives as a close code instead. The socket is closed whatever the outcome.
 */
export function checkHub(
  url: string,
  token: string,
  areaId: string,
  { timeoutMs = 5000, WebSocketImpl = globalThis.WebSocket }: CheckHubOptions = {},
): Promise<HubCheck> {
  const origin = normaliseHubUrl(url);
  if (origin === null) return Promise.resolve({ ok: false, reason: 'badAddress' });
  const query = token === '' ? '' : `?token=${encodeURIComponent(token)}`;
  let socket: WebSocket;
  try {
    socket = new WebSocketImpl(`${origin}/${areaId}/area${query}`);
  } catch (error) {
    // The constructor throws for addresses it will not even try (bad syntax, blocked port).
    console.warn('hub address refused by WebSocket', error);
    return Promise.resolve({ ok: false, reason: 'badAddress' });
  }
  socket.binaryType = 'arraybuffer';
  return new Promise<HubCheck>((resolve) => {
    let settled = false;
    const settle = (result: HubCheck) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.close();
      resolve(result);
    };
    const timer = setTimeout(() => settle({ ok: false, reason: 'timeout' }), timeoutMs);
    socket.onmessage = (event: MessageEvent) => {
      if (typeof event.data !== 'string') settle({ ok: true });
    };
    socket.onclose = (event: CloseEvent) => settle({ ok: false, reason: failureOfClose(event.code) });
    // A failed connection is reported again, with its code, by the close event that always follows.
    socket.onerror = () => undefined;
  });
}

/** What to tell the person about a check's outcome, with what to do next. */
export function hubCheckMessage(result: HubCheck): `hubCheck.${'ok' | HubCheckFailure}` {
  return result.ok ? 'hubCheck.ok' : `hubCheck.${result.reason}`;
}
