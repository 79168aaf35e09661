/**
 * `rembug://join?kode=123456&node=http://192.168.1.5:8787` — a QR code or link from the FGD
 * facilitator's laptop in the same room. It may only lead to a node on the private LAN (the room's
 * network), over http(s) with no path, credentials or query; anything else is ignored. The result is
 * the page to open: that node's own participant page, `#/ikut?kode=…`. No Electron imports.
 */

export const DEEP_LINK_SCHEME = 'rembug';

export type DeepLink = { kind: 'join'; code: string; node: string; pageUrl: string };
export type DeepLinkResult = { ok: true; link: DeepLink } | { ok: false; reason: string };

/** FGD join codes are six digits (shared/sync/fgd-hosting). */
const JOIN_CODE = /^[0-9]{6}$/;

export function parseDeepLink(raw: string): DeepLinkResult {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (raw.length > 512 || /[\s\u0000-\u001f\u007f]/.test(raw)) return { ok: false, reason: 'malformed' };
  if (!raw.startsWith(`${DEEP_LINK_SCHEME}://`)) return { ok: false, reason: 'not a rembug:// link' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'unparseable' };
  }
  // Node's URL keeps a custom scheme's "host" as written: `rembug://join?…` has host `join`.
  if (url.host !== 'join' || (url.pathname !== '' && url.pathname !== '/')) {
    return { ok: false, reason: 'unknown action' };
  }
  const codes = url.searchParams.getAll('kode');
  const nodes = url.searchParams.getAll('node');
  // One of each: with two we could not tell which was meant.
  if (codes.length !== 1 || nodes.length !== 1)
    return { ok: false, reason: 'expected one kode and one node' };
  const code = codes[0] ?? '';
  if (!JOIN_CODE.test(code)) return { ok: false, reason: 'kode is not six digits' };
  const node = privateLanOrigin(nodes[0] ?? '');
  if (node === null) return { ok: false, reason: 'node is not a private-LAN http(s) address' };
  return { ok: true, link: { kind: 'join', code, node, pageUrl: `${node}/#/ikut?kode=${code}` } };
}

/** The origin of an http(s) URL on a private IPv4 LAN address, with nothing but scheme, host, port. */
export function privateLanOrigin(raw: string): string | null {
  if (!/^https?:\/\/[0-9.]+(:[0-9]{1,5})?\/?$/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (!isPrivateIpv4(url.hostname)) return null;
  return url.origin;
}

/** RFC 1918 ranges: what a room's Wi-Fi router hands out. Loopback and link-local are not rooms. */
export function isPrivateIpv4(host: string): boolean {
  const parts = host.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^(0|[1-9][0-9]{0,2})$/.test(p))) return false;
  const [a = -1, b = -1, c = -1, d = -1] = parts.map(Number);
  if ([a, b, c, d].some((n) => n > 255)) return false;
  if (a === 10) return true;
  if (a === 172 && b >= 16 && b <= 31) return true;
  return a === 192 && b === 168;
}

/** The deep link among a second instance's (or first launch's) command line, if any. */
export function deepLinkInArgv(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.startsWith(`${DEEP_LINK_SCHEME}://`)) ?? null;
}
