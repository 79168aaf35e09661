/**
 * Cross-origin access to the node's HTTP routes for named origins only. The desktop renderer is
 * loaded from its own scheme (`rembug-app://app`) and calls `/fgd/...` and `/snapshot` on the local
 * node, which is another origin. Only listed origins get CORS headers — never `*`: any web page the
 * user opens could otherwise probe the loopback node from their browser.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** What the node's routes need: a bearer token (facilitator routes) and JSON bodies. */
const ALLOWED_HEADERS = 'authorization, content-type';
const ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';
/** Seconds a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE = '600';

/** Wraps `handler` so that listed origins may call it cross-origin. No origins: `handler` itself. */
export function withCors(allowedOrigins: readonly string[] | undefined, handler: Handler): Handler {
  if (allowedOrigins === undefined || allowedOrigins.length === 0) return handler;
  const allowed = new Set(allowedOrigins);
  return (req, res) => {
    const origin = req.headers.origin;
    const listed = origin !== undefined && allowed.has(origin);
    // The answer differs by Origin, so no cache may hand one origin's answer to another.
    res.setHeader('vary', 'Origin');
    if (listed) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
      res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    }
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (preflight) {
      if (listed) {
        res.writeHead(204, { 'access-control-max-age': PREFLIGHT_MAX_AGE }).end();
      } else {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('origin not allowed\n');
      }
      return;
    }
    handler(req, res);
  };
}
