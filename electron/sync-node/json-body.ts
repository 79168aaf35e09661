/** Reads a small JSON request body, refusing anything else before it costs memory. */
import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'notJson' | 'tooLarge' | 'malformed' };

export function isJsonRequest(req: IncomingMessage): boolean {
  const type = req.headers['content-type'] ?? '';
  return /^application\/json\s*(;|$)/i.test(type);
}

/**
 * On `tooLarge` the rest of the body is left unread: answer with `connection: close` and drop the
 * socket once the answer is out (destroying the request now would lose the answer too).
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  if (!isJsonRequest(req)) return Promise.resolve({ ok: false, problem: 'notJson' });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.resolve({ ok: false, problem: 'tooLarge' });
  }
  return new Promise<BodyResult>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      // Chunked bodies declare no length: count as they come and stop at the limit.
      if (size > maxBytes) {
        req.pause();
        finish({ ok: false, problem: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      try {
        finish({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      } catch {
        // The parser's message says where the JSON broke; the client only needs "malformed".
        finish({ ok: false, problem: 'malformed' });
      }
    };
    // An aborted upload: nobody is left to answer, but the promise must still settle.
    const onGone = () => finish({ ok: false, problem: 'malformed' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onGone);
  });
}
