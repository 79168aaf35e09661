/**
 * Everything the benchmark starts (server processes, temp folders) is registered here, so that a normal
 * end, an error or Ctrl-C leaves nothing behind.
 */
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

export function trackTempDir(dir: string): void {
  tempDirs.add(dir);
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

function isAlive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Asks every child to stop (SIGTERM), waits up to `graceMs`, then SIGKILLs the rest and removes temp dirs. */
export async function cleanupAll(graceMs = 5000): Promise<void> {
  const alive = [...children].filter(isAlive);
  for (const child of alive) child.kill('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && alive.some(isAlive)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  cleanupSync();
}

/** Last resort, usable from a synchronous `exit` handler. */
function cleanupSync(): void {
  for (const child of children) {
    if (isAlive(child)) child.kill('SIGKILL');
  }
  children.clear();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

let installed = false;
let aborting = false;

export function installCleanupHandlers(): void {
  if (installed) return;
  installed = true;
  const abort = (why: string, code: number) => {
    if (aborting) {
      // second Ctrl-C: stop waiting
      cleanupSync();
      process.exit(code);
    }
    aborting = true;
    process.stderr.write(`\nbench: ${why}; stopping servers and removing temp folders…\n`);
    void cleanupAll(3000).finally(() => process.exit(code));
  };
  process.on('SIGINT', () => abort('interrupted (SIGINT)', 130));
  process.on('SIGTERM', () => abort('terminated (SIGTERM)', 143));
  process.on('SIGHUP', () => abort('hang-up (SIGHUP)', 129));
  process.on('uncaughtException', (error) => {
    process.stderr.write(`bench: uncaught exception: ${error.stack ?? String(error)}\n`);
    abort('error', 1);
  });
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(
      `bench: unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}\n`,
    );
    abort('error', 1);
  });
  process.on('exit', cleanupSync);
}
