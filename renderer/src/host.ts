/**
 * The only module that touches `window.rembug`. Everything else receives the `RembugHost` it returns
 * and works the same in Electron and in a browser.
 */
import { browserHostFor, ElectronHostSchema, type RembugHost } from '../../shared/host';
import { desktopApiFrom } from './desktop/bridge-check';

declare global {
  interface Window {
    /**
     * An `ElectronHost`, set by the Electron preload; absent in a plain browser. Typed `unknown` on
     * purpose: it is parsed before use, like every value that crosses a process boundary.
     */
    rembug?: unknown;
  }
}

export type HostResult = { ok: true; host: RembugHost } | { ok: false; error: string };

export function resolveHost(): HostResult {
  if (window.rembug !== undefined) {
    const parsed = ElectronHostSchema.safeParse(window.rembug);
    if (!parsed.success) return { ok: false, error: `window.rembug is malformed: ${parsed.error.message}` };
    // The schema keeps the data; the bridge's functions are checked on their own and kept as they are.
    const desktop =
      typeof window.rembug === 'object' && window.rembug !== null
        ? desktopApiFrom(Reflect.get(window.rembug, 'desktop'))
        : undefined;
    return { ok: true, host: desktop === undefined ? parsed.data : { ...parsed.data, desktop } };
  }
  return browserHostFor({
    protocol: window.location.protocol,
    host: window.location.host,
    token: new URLSearchParams(window.location.search).get('token'),
  });
}
