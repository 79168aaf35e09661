/** The node's plain HTTP side: health, metrics, and (optionally) the web client's files. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { NodeMetrics } from './metrics.js';

export function createHttpHandler(metrics: NodeMetrics, webRoot: string | undefined) {
  // `single`: unknown paths get index.html, so deep links into the web client work on reload.
  const serveWeb = webRoot ? sirv(webRoot, { single: true, dev: false, etag: true }) : null;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const pathname = new URL(req.url ?? '/', 'http://node').pathname;
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
    if (serveWeb && (req.method === 'GET' || req.method === 'HEAD')) {
      serveWeb(req, res, () => {
        res.writeHead(404).end();
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
  };
}
