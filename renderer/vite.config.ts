/**
 * The renderer's build on its own (plain Vite): `electron-vite build` uses the same settings for the
 * app, and `npx vite build -c renderer/vite.config.ts --outDir <dir>` builds just the web client
 * (e.g. into a private folder for an e2e run with REMBUG_WEB_DIR).
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The dev server's React Refresh preamble is an inline script, which the CSP in index.html forbids.
 * Only under the dev server is inline script allowed; built output keeps the strict policy.
 */
function allowInlineScriptInDev(): Plugin {
  return {
    name: 'rembug:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    },
  };
}

/** `root`: the repository root (passed in: a bundled config file no longer knows where it came from). */
export function rendererConfig(root: string): UserConfig {
  return {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [
      react(),
      allowInlineScriptInDev(),
      // In a browser the page comes from a node; when that node is unreachable, a reload must still
      // open the app (its data is in IndexedDB). Workbox precaches the built files; the worker is
      // registered only in browsers (main.tsx), never under Electron's file://.
      VitePWA({
        injectRegister: false,
        manifest: false,
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,png}'],
          navigateFallback: 'index.html',
          // The spreadsheet chunk (exceljs) is ~1 MB; everything the app may need offline fits.
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          cleanupOutdatedCaches: true,
          // The first visit's page is served by the worker as soon as it is active, so screens it
          // has not opened yet (loaded on demand) still open if the node goes away before then.
          clientsClaim: true,
        },
      }),
    ],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // Phones on a busy FGD Wi-Fi download this bundle; electron-vite leaves it unminified by default.
      minify: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  };
}

export default defineConfig(rendererConfig(resolve(import.meta.dirname, '..')));
