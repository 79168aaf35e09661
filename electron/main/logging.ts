/**
 * Main-process logs: electron-log, written to `userData/logs/main.log` (rotated at 1 MB) and the
 * console. `console.*` in main goes there too, so the existing modules' warnings are kept.
 */
import path from 'node:path';
import log from 'electron-log/main';

export function setUpLogging(userDataPath: string): string {
  const file = path.join(userDataPath, 'logs', 'main.log');
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = 1024 * 1024;
  // No renderer → main log forwarding: the renderer's console stays in DevTools.
  Object.assign(console, log.functions);
  return file;
}

export { log };
