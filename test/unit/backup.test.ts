import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BackupError,
  type BackupErrorCode,
  createBackup,
  inspectBackup,
  restoreBackup,
} from '../../electron/main/backup';
import { LOCK_FILE } from '../../electron/node-process/data-lock';

let root = '';

beforeEach(() => {
  root = fs.mkdtempSync(path.join(tmpdir(), 'rembug-backup-test-'));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** A data folder shaped like a node's: node.json, room logs and snapshots (binary), a lock file. */
function makeDataDir(name = 'data'): string {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, 'rooms'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node.json'), JSON.stringify({ format: 1, nodeId: 'abc', rooms: {} }));
  fs.writeFileSync(path.join(dir, 'rooms', 'a1.log'), Buffer.from([0x52, 0x4d, 0x42, 0, 1, 2, 255, 254]));
  fs.writeFileSync(path.join(dir, 'rooms', 'a1.snap'), Buffer.alloc(70_000, 7));
  fs.writeFileSync(path.join(dir, LOCK_FILE), '1\n');
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else
        out[child] = createHash('sha256')
          .update(fs.readFileSync(path.join(dir, child)))
          .digest('hex');
    }
  };
  walk('');
  return out;
}

async function expectCode(promise: Promise<unknown>, code: BackupErrorCode): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
}

/** Unpacks a good backup, lets `change` alter it, and packs it again (as a forger would). */
async function repack(backup: string, change: (dir: string) => void, entries = ['manifest.json', 'data']) {
  const dir = path.join(root, 'forge');
  fs.mkdirSync(dir);
  await tar.extract({ file: backup, cwd: dir });
  change(dir);
  const forged = path.join(root, 'forged.rembug-backup');
  await tar.create({ file: forged, cwd: dir, gzip: true, portable: true, preservePaths: true }, entries);
  return forged;
}

describe('backup of the data folder', () => {
  it('round-trips every file byte for byte, without the lock file', async () => {
    const data = makeDataDir();
    const file = path.join(root, 'cadangan.rembug-backup');
    const manifest = await createBackup(data, file, '0.1.0');
    expect(manifest.appVersion).toBe('0.1.0');
    expect(manifest.files.map((f) => f.path)).toEqual(['node.json', 'rooms/a1.log', 'rooms/a1.snap']);
    expect(await inspectBackup(file)).toEqual(manifest);

    const target = path.join(root, 'restored');
    const result = await restoreBackup(file, target);
    expect(result.previous).toBeNull();
    const expected = snapshot(data);
    delete expected[LOCK_FILE];
    expect(snapshot(target)).toEqual(expected);
  });

  it('keeps the folder it replaces beside it, untouched', async () => {
    const data = makeDataDir();
    const file = path.join(root, 'cadangan.rembug-backup');
    await createBackup(data, file, '0.1.0');
    fs.rmSync(path.join(data, LOCK_FILE));
    fs.writeFileSync(path.join(data, 'rooms', 'b2.log'), 'newer work');
    const before = snapshot(data);

    const result = await restoreBackup(file, data, new Date('2026-11-23T10:00:00.000Z'));
    expect(result.previous).toBe(`${data}.sebelum-pemulihan-2026-11-23T10-00-00-000Z`);
    expect(snapshot(result.previous ?? '')).toEqual(before);
    expect(fs.existsSync(path.join(data, 'rooms', 'b2.log'))).toBe(false);
    expect(fs.readdirSync(root).filter((name) => name.startsWith('.rembug-'))).toEqual([]);
  });

  it('refuses a file that is not a gzip archive', async () => {
    const file = path.join(root, 'notes.rembug-backup');
    fs.writeFileSync(file, 'hello, not a backup');
    await expectCode(inspectBackup(file), 'notBackup');
  });

  it('refuses a damaged gzip stream', async () => {
    const file = path.join(root, 'cadangan.rembug-backup');
    await createBackup(makeDataDir(), file, '0.1.0');
    const bytes = fs.readFileSync(file);
    for (let i = 200; i < 400; i++) bytes[i] = (bytes[i] ?? 0) ^ 0x5a;
    fs.writeFileSync(file, bytes);
    await expectCode(inspectBackup(file), 'corrupt');
  });

  it('refuses a backup cut short', async () => {
    const file = path.join(root, 'cadangan.rembug-backup');
    await createBackup(makeDataDir(), file, '0.1.0');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectCode(inspectBackup(file), 'corrupt');
  });

  it('refuses a file altered after the backup was made', async () => {
    const file = path.join(root, 'cadangan.rembug-backup');
    await createBackup(makeDataDir(), file, '0.1.0');
    const forged = await repack(file, (dir) =>
      fs.appendFileSync(path.join(dir, 'data', 'rooms', 'a1.log'), 'x'),
    );
    await expectCode(inspectBackup(forged), 'hashMismatch');
  });

  it('refuses a file slipped in that the manifest does not list', async () => {
    const file = path.join(root, 'cadangan.rembug-backup');
    await createBackup(makeDataDir(), file, '0.1.0');
    const forged = await repack(file, (dir) => fs.writeFileSync(path.join(dir, 'data', 'extra.log'), 'x'));
    await expectCode(inspectBackup(forged), 'hashMismatch');
  });

  it('refuses an entry that climbs out of the folder, and writes nothing there', async () => {
    const file = path.join(root, 'cadangan.rembug-backup');
    await createBackup(makeDataDir(), file, '0.1.0');
    const forgeDir = path.join(root, 'forge');
    const forged = await repack(file, (dir) => fs.writeFileSync(path.join(dir, '..', 'evil'), 'owned'), [
      'manifest.json',
      'data',
      '../evil',
    ]);
    fs.rmSync(path.join(root, 'evil'));
    fs.rmSync(forgeDir, { recursive: true });
    const entries: string[] = [];
    await tar.list({ file: forged, onReadEntry: (entry) => entries.push(entry.path) });
    expect(entries).toContain('../evil');

    const data = makeDataDir('current');
    const before = snapshot(data);
    await expectCode(inspectBackup(forged), 'unsafeEntry');
    await expectCode(restoreBackup(forged, data), 'unsafeEntry');
    expect(fs.existsSync(path.join(root, 'evil'))).toBe(false);
    expect(fs.existsSync(path.join(path.dirname(root), 'evil'))).toBe(false);
    expect(snapshot(data)).toEqual(before);
  });

  it('refuses a backup in a format version it does not know', async () => {
    const file = path.join(root, 'cadangan.rembug-backup');
    await createBackup(makeDataDir(), file, '0.1.0');
    const forged = await repack(file, (dir) => {
      const manifestFile = path.join(dir, 'manifest.json');
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { version: number };
      fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: 2 }));
    });
    await expectCode(inspectBackup(forged), 'unsupportedVersion');
  });

  it('leaves the current folder untouched when a restore fails', async () => {
    const data = makeDataDir('current');
    fs.rmSync(path.join(data, LOCK_FILE));
    const before = snapshot(data);
    const file = path.join(root, 'cadangan.rembug-backup');
    await createBackup(makeDataDir(), file, '0.1.0');
    const forged = await repack(file, (dir) => fs.writeFileSync(path.join(dir, 'data', 'node.json'), '{}'));
    await expectCode(restoreBackup(forged, data), 'hashMismatch');
    expect(snapshot(data)).toEqual(before);
    expect(fs.readdirSync(root).filter((name) => name.includes('sebelum-pemulihan'))).toEqual([]);
    expect(fs.readdirSync(root).filter((name) => name.startsWith('.rembug-'))).toEqual([]);
  });

  it('refuses to restore over a folder a running node holds', async () => {
    const data = makeDataDir('current');
    // The test runner (alive, not us) stands in for the running node that holds the lock.
    fs.writeFileSync(path.join(data, LOCK_FILE), `${process.ppid}\n`);
    const file = path.join(root, 'cadangan.rembug-backup');
    await createBackup(makeDataDir(), file, '0.1.0');
    await expectCode(restoreBackup(file, data), 'dataInUse');
    expect(fs.existsSync(path.join(data, 'rooms', 'a1.log'))).toBe(true);
  });
});
