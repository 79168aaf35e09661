/**
 * Builds the three parts of the desktop app:
 *   main     electron/main/index.ts     → out/main      (ESM, as package.json has "type": "module")
 *   preload  electron/preload/index.ts  → out/preload   (CommonJS, one file: sandboxed preloads can
 *                                                         neither be ES modules nor require() npm code)
 *   renderer renderer/                  → out/renderer  (relative asset paths: loaded from file:// in
 *                                                         Electron and served at `/` by a sync node)
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * The dev server's React Refresh preamble is an inline script, which the CSP in index.html forbids.
 * Only under `electron-vite dev` is inline script allowed; built output keeps the strict policy.
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

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'electron/main/index.ts'), formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: 'index.js' } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      // Bundle zod and our shared code into the file: the sandbox's require() knows only electron
      // and a few built-ins.
      externalizeDeps: false,
      rolldownOptions: { output: { entryFileNames: 'index.cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), allowInlineScriptInDev()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // Phones on a busy FGD Wi-Fi download this bundle; electron-vite leaves it unminified by default.
      minify: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
