/**
 * One node per data folder. Two writers appending to one room log would interleave records; the
 * app's single-instance lock covers one user's copies, this covers the rest (a second user account
 * pointing REMBUG_DATA_DIR at the same folder, a hub started on the app's folder). The lock file
 * names its owner's pid, so a lock left by a killed node is taken over, not obeyed forever.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'node.lock';

export type LockResult = { ok: true; release: () => void } | { ok: false; ownerPid: number };

export function lockDataDir(dataDir: string, pid: number = process.pid): LockResult {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${pid}\n`, { flag: 'wx' });
      return { ok: true, release: () => releaseIfOurs(file, pid) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(readOrEmpty(file), 10);
    if (Number.isInteger(owner) && owner !== pid && isAlive(owner)) return { ok: false, ownerPid: owner };
    // Stale (its node died without cleaning up) or unreadable: remove it and take it on the next try.
    fs.rmSync(file, { force: true });
  }
  throw new Error(`could not create ${file}`);
}

function releaseIfOurs(file: string, pid: number): void {
  if (Number.parseInt(readOrEmpty(file), 10) === pid) fs.rmSync(file, { force: true });
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    // Removed between our create attempt and this read: treat as stale.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — alive all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
