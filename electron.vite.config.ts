/**
 * Builds the three parts of the desktop app:
 *   main     electron/main/index.ts     → out/main      (ESM, as package.json has "type": "module")
 *            electron/node-process/entry.ts → out/main/node-process.js (the sync node's utility
 *                                                         process, forked by main; ESM as well)
 *   preload  electron/preload/index.ts  → out/preload   (CommonJS, one file: sandboxed preloads can
 *                                                         neither be ES modules nor require() npm code)
 *   renderer renderer/                  → out/renderer  (relative asset paths: served by main at
 *                                                         rembug-app://app/ (app-protocol.ts) and at `/`
 *                                                         by a sync node)
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          'node-process': resolve(root, 'electron/node-process/entry.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: { output: { entryFileNames: '[name].js' } },
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
  renderer: rendererConfig(root),
});
