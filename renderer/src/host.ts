/**
 * The only module that touches `window.rembug`. Everything else asks `resolveHost()` and works the
 * same in Electron and in a browser.
 */
import { type BrowserHost, ElectronHostSchema, type RembugHost } from '../../shared/host';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. Parsed, not trusted: see resolveHost. */
    rembug?: unknown;
  }
}

export type HostResult = { ok: true; host: RembugHost } | { ok: false; error: string };

/** The page's own address, as far as the host needs it (a subset of `Location`). */
export interface PageLocation {
  protocol: string;
  host: string;
  search: string;
}

export function resolveHost(): HostResult {
  if (window.rembug !== undefined) {
    const parsed = ElectronHostSchema.safeParse(window.rembug);
    return parsed.success
      ? { ok: true, host: parsed.data }
      : { ok: false, error: `window.rembug is malformed: ${parsed.error.message}` };
  }
  return browserHost(window.location);
}

/**
 * In a browser the page was served by the sync node itself, so the node is at the page's own host:
 * ws:// next to http://, wss:// next to https://. The token comes from the link (`?token=`); none
 * means an open node.
 */
export function browserHost(location: PageLocation): HostResult {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') {
    // file:// without a preload: a desktop window whose preload failed. There is no node to guess.
    return { ok: false, error: `no host: page loaded from ${location.protocol} without window.rembug` };
  }
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const host: BrowserHost = { kind: 'browser', node: { url: `${scheme}//${location.host}`, token } };
  return { ok: true, host };
}
