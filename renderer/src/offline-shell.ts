/**
 * In a browser, registers the service worker that keeps the app's own files (built by Workbox in
 * renderer/vite.config.ts), so a reload while the node is unreachable still opens the app, which
 * then shows its IndexedDB copy. A failed registration only costs that: it is logged, the app runs.
 */
import type { RembugHost } from '../../shared/host';

export function keepAppOffline(host: RembugHost): void {
  if (host.kind !== 'browser' || !('serviceWorker' in navigator)) return;
  // Service workers exist only in secure contexts (https, localhost); a LAN page over http has none.
  if (!window.isSecureContext) return;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
    console.warn('offline copy of the app not installed', error);
  });
}
