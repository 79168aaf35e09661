/**
 * The node's plain HTTP side: health, metrics, the routes it is given (FGD hosting, first-visit
 * snapshots), and (optionally) the web client.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { NodeMetrics } from './metrics.js';

/** Answers the request and returns true, or returns false for a path it does not own. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;

export function createHttpHandler(
  metrics: NodeMetrics,
  webRoot: string | undefined,
  ...routes: readonly RouteHandler[]
) {
  // `single`: unknown paths get index.html, so deep links into the web client work on reload.
  const serveWeb = webRoot ? sirv(webRoot, { single: true, dev: false, etag: true }) : null;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = parseTarget(req.url ?? '/');
    // A request target such as `//[` is no URL at all; throwing here would take the node down.
    if (!url) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request\n');
      return;
    }
    const pathname = url.pathname;
    if (pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('ok\n');
      return;
    }
    if (pathname === '/metrics') {
      res
        .writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' })
        .end(metrics.render());
      return;
    }
    // Before the web client, whose fallback would otherwise answer every path with index.html.
    if (routes.some((route) => route(req, res, url))) return;
    if (serveWeb && (req.method === 'GET' || req.method === 'HEAD')) {
      serveWeb(req, res, () => {
        res.writeHead(404).end();
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
  };
}

/** `URL.parse` is missing before Node 20.18, and the hub runs on any Node 20. */
function parseTarget(target: string): URL | null {
  try {
    return new URL(target, 'http://node');
  } catch {
    // Not a URL: the caller answers 400.
    return null;
  }
}
