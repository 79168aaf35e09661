// Bundles the headless sync node (the area hub) into one ESM file that runs on plain Node.
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/sync-node/cli.ts'],
  // HUB_OUTFILE: a private build (a second checkout's tests can point REMBUG_HUB_BUNDLE at it).
  outfile: process.env.HUB_OUTFILE ?? 'out/hub/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  // ws has optional native helpers it loads with require(); keep them external so they stay optional.
  external: ['bufferutil', 'utf-8-validate'],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
