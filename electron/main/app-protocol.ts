/**
 * The renderer's own origin, `rembug-app://app/`: a privileged custom scheme served from the built
 * renderer folder instead of file://. A real origin gives the page a CSP of its own, lets the file
 * fuse `grantFileProtocolExtraPrivileges` be turned off, and lets IPC trust be checked by origin.
 *
 * The decisions (which file a request may read, its type, its headers) live here without runtime
 * Electron imports so unit tests cover them; index.ts hands them to `protocol.handle`.
 */
import path from 'node:path';

export const APP_SCHEME = 'rembug-app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** What `protocol.registerSchemesAsPrivileged` receives for our scheme. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    // Standard: relative URLs, a real origin, localStorage and IndexedDB per origin.
    standard: true,
    secure: true,
    supportFetchAPI: true,
    // Needed for ES module scripts and workers fetched with CORS mode.
    corsEnabled: true,
    codeCache: true,
  },
} as const;

/** The page URL that shows the app at a hash route, e.g. `/papan/fgd/abc`. */
export function appUrlFor(route: string): string {
  return `${APP_ENTRY_URL}#${route}`;
}

/**
 * The file a request for our scheme may read, or null. Only `rembug-app://app/…`, only files inside
 * `root` after decoding and normalising (no `..`, no encoded separators, no NUL), `/` → index.html.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  // The URL parser quietly folds `..` and `%2e%2e` into the root; a bundle never asks for either,
  // so a request that does is refused rather than repaired.
  if (/(?:\.|%2e){2}/i.test(requestUrl.split(/[?#]/)[0] ?? '')) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Encoded backslashes or NULs have no business in a bundle's file names.
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file === base ? null : file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface CspInputs {
  /** The embedded node, e.g. `ws://127.0.0.1:40123`. */
  nodeUrl: string;
  /** Configured upstream hubs (settings), any of http(s)/ws(s). */
  hubUrls: readonly string[];
}

/**
 * The CSP header for our pages: scripts only from the bundle, no eval; HTTP requests only to the
 * embedded node and configured hubs. Sockets may also go to any ws:/wss: host: the area hub a person
 * names during first start or in Settings → Sync lives in the renderer's profile, is tested and used
 * at once, without a reload that would bring a new policy (index.html's own CSP allows the same).
 * Inline styles stay allowed: Mantine and React set style attributes.
 */
export function contentSecurityPolicy(inputs: CspInputs): string {
  const connect = new Set<string>(["'self'", 'ws:', 'wss:']);
  for (const raw of [inputs.nodeUrl, ...inputs.hubUrls]) {
    for (const origin of socketAndHttpOrigins(raw)) connect.add(origin);
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${[...connect].join(' ')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/** `ws://h:p` → `ws://h:p` and `http://h:p` (and the secure pair); anything else → nothing. */
function socketAndHttpOrigins(raw: string): string[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [];
  }
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  if (!secure && url.protocol !== 'http:' && url.protocol !== 'ws:') return [];
  // `host` keeps an explicit port; no path, query or wildcard can slip into the policy.
  return secure ? [`wss://${url.host}`, `https://${url.host}`] : [`ws://${url.host}`, `http://${url.host}`];
}

/** Headers of every response of our scheme. */
export function appResponseHeaders(file: string, csp: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(file),
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}
