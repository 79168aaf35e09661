/** Where the embedded node keeps its documents. No Electron import: main passes `userData` in. */
import path from 'node:path';

export const DATA_DIR_ENV = 'REMBUG_DATA_DIR';

/** `REMBUG_DATA_DIR` wins (tests, portable installs); otherwise a folder in Electron's userData. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataPath: string): string {
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return path.resolve(fromEnv);
  return path.join(userDataPath, 'data');
}
