/**
 * The desktop app's node process bundled on its own, as the app build does, so a test or benchmark
 * can fork it as plain JavaScript (shared by node-supervisor.test.ts and bench/desktop.ts).
 */
import * as path from 'node:path';
import { build } from 'esbuild';

/** Writes `node-process.mjs` into `dir` and returns its path. */
export async function bundleNodeProcess(dir: string): Promise<string> {
  const entry = path.join(dir, 'node-process.mjs');
  await build({
    entryPoints: ['electron/node-process/entry.ts'],
    outfile: entry,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['bufferutil', 'utf-8-validate'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return entry;
}
