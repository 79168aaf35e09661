/**
 * Backup and restore of the desktop app's data folder as one `*.rembug-backup` file: a gzip tar
 * (npm's `tar` package) holding `manifest.json` first, then the folder's files under `data/`.
 * The manifest lists every file with its size and SHA-256, so a backup that was cut short, altered
 * or assembled by hand is refused before anything of the user's is touched.
 *
 * A backup is only consistent when nobody writes while it is taken: the caller stops the sync node
 * (which flushes every acknowledged edit) first, and starts it again after. Restoring likewise needs
 * the node stopped; the folder it replaces is kept beside it, never deleted. Pure Node, no Electron.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { z } from 'zod';
import { LOCK_FILE, lockDataDir } from '../node-process/data-lock';

export const BACKUP_EXTENSION = '.rembug-backup';
export const BACKUP_FORMAT = 'rembug-backup';
export const BACKUP_VERSION = 1;
const MANIFEST = 'manifest.json';
const DATA = 'data';
/** A manifest is a list of files; anything near this size is not one of ours. */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

const BackupFile = z.object({
  /** Relative to the data folder, `/`-separated. */
  path: z.string().min(1),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupFile = z.infer<typeof BackupFile>;

export const BackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  appVersion: z.string().min(1).max(64),
  createdAt: z.iso.datetime(),
  files: z.array(BackupFile),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export type BackupErrorCode =
  /** Not a gzip tar, or no manifest of ours inside. */
  | 'notBackup'
  /** Damaged or cut short. */
  | 'corrupt'
  /** Made by a newer (or unknown) version of the format. */
  | 'unsupportedVersion'
  /** A file's content or size differs from the manifest, or a file is missing or extra. */
  | 'hashMismatch'
  /** An entry that would land outside the folder, or is a link or device. */
  | 'unsafeEntry'
  /** The data folder is in use by a running node. */
  | 'dataInUse';

/** Fails with a code the UI turns into a sentence in the user's language; the message is for logs. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/**
 * Writes `targetFile` (completely or not at all: it is written beside and renamed into place).
 * The node must be stopped; see the file comment.
 */
export async function createBackup(
  dataDir: string,
  targetFile: string,
  appVersion: string,
): Promise<BackupManifest> {
  // Staging in the OS temp folder: nothing half-made is left in the user's chosen folder after a crash.
  const staging = fs.mkdtempSync(path.join(tmpdir(), 'rembug-backup-'));
  const partial = `${targetFile}.${randomBytes(4).toString('hex')}.part`;
  try {
    // Hash the copy, not the original: what is archived is then exactly what the manifest vouches for.
    const copy = path.join(staging, DATA);
    fs.cpSync(dataDir, copy, {
      recursive: true,
      filter: (source) => path.basename(source) !== LOCK_FILE,
    });
    const files = await Promise.all(listFiles(copy).map((relative) => describeFile(copy, relative)));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      appVersion,
      createdAt: new Date().toISOString(),
      files,
    };
    fs.writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await tar.create({ file: partial, cwd: staging, gzip: true, portable: true }, [MANIFEST, DATA]);
    fs.renameSync(partial, targetFile);
    return manifest;
  } finally {
    fs.rmSync(partial, { force: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Validates the whole backup (in a temporary folder, removed again) and returns its manifest. */
export async function inspectBackup(file: string): Promise<BackupManifest> {
  const scratch = fs.mkdtempSync(path.join(tmpdir(), 'rembug-inspect-'));
  try {
    return await unpackVerified(file, scratch);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where the data folder that was replaced now is (`<dataDir>.sebelum-pemulihan-<time>`), if any. */
  previous: string | null;
}

/**
 * Replaces `dataDir` with the backup's content. The backup is unpacked and verified next to the
 * folder first; only then is the current folder renamed aside and the restored one renamed in, so
 * a bad backup leaves the current folder as it was. The node must be stopped.
 */
export async function restoreBackup(file: string, dataDir: string, now = new Date()): Promise<RestoreResult> {
  const target = path.resolve(dataDir);
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  // Next to the data folder: the final step is a rename, which must not cross file systems.
  const scratch = fs.mkdtempSync(path.join(parent, '.rembug-restore-'));
  try {
    const manifest = await unpackVerified(file, scratch);
    const restored = path.join(scratch, DATA);
    fs.mkdirSync(restored, { recursive: true });
    let previous: string | null = null;
    if (fs.existsSync(target)) {
      const lock = lockDataDir(target);
      if (!lock.ok) {
        throw new BackupError('dataInUse', `${target} is in use by a running node (pid ${lock.ownerPid})`);
      }
      previous = `${target}.sebelum-pemulihan-${now.toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(target, previous);
      // The lock moved aside with the folder; it is ours, and the kept copy must not look in use.
      fs.rmSync(path.join(previous, LOCK_FILE), { force: true });
    }
    try {
      fs.renameSync(restored, target);
    } catch (error) {
      // Put the user's folder back where it was before reporting the failure.
      if (previous !== null) fs.renameSync(previous, target);
      throw error;
    }
    return { manifest, previous };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Checks every entry, unpacks into `dir`, and verifies the files against the manifest. */
async function unpackVerified(file: string, dir: string): Promise<BackupManifest> {
  assertGzip(file);
  const entries = await listEntries(file);
  for (const entry of entries) assertSafe(entry);
  if (!entries.some((entry) => entry.path === MANIFEST && entry.type === 'File')) {
    throw new BackupError('notBackup', `${path.basename(file)} has no ${MANIFEST}`);
  }
  try {
    // strict: any problem the listing did not meet is an error, not a warning and a skipped entry.
    await tar.extract({ file, cwd: dir, strict: true, preservePaths: false, noChmod: true });
  } catch (error) {
    throw new BackupError('corrupt', `could not unpack: ${String(error)}`);
  }
  const manifest = readManifest(path.join(dir, MANIFEST));
  await verifyFiles(path.join(dir, DATA), manifest);
  return manifest;
}

function assertGzip(file: string): void {
  const handle = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const read = fs.readSync(handle, head, 0, 2, 0);
    if (read < 2 || head[0] !== 0x1f || head[1] !== 0x8b) {
      throw new BackupError('notBackup', `${path.basename(file)} is not a gzip file`);
    }
  } finally {
    fs.closeSync(handle);
  }
}

interface Entry {
  path: string;
  type: string;
}

async function listEntries(file: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  try {
    await tar.list({
      file,
      strict: true,
      onReadEntry: (entry) => {
        entries.push({ path: entry.path, type: entry.type });
        entry.resume();
      },
    });
  } catch (error) {
    throw new BackupError('corrupt', `damaged or incomplete archive: ${String(error)}`);
  }
  return entries;
}

/** Only plain files and folders, only `manifest.json` and what is under `data/`, never `..`. */
function assertSafe(entry: Entry): void {
  const name = entry.path.replace(/\/+$/, '');
  const segments = name.split('/');
  const safe =
    name !== '' &&
    !name.startsWith('/') &&
    !name.includes('\\') &&
    !/^[A-Za-z]:/.test(name) &&
    !segments.some((segment) => segment === '..' || segment === '.' || segment === '') &&
    (name === MANIFEST || segments[0] === DATA) &&
    (entry.type === 'File' || entry.type === 'OldFile' || entry.type === 'Directory');
  if (!safe)
    throw new BackupError('unsafeEntry', `refused entry ${JSON.stringify(entry.path)} (${entry.type})`);
}

function readManifest(file: string): BackupManifest {
  if (fs.statSync(file).size > MAX_MANIFEST_BYTES) throw new BackupError('notBackup', 'manifest too large');
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BackupError('notBackup', `manifest is not JSON: ${String(error)}`);
  }
  const head = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(json);
  if (!head.success) throw new BackupError('notBackup', 'manifest is not a Rembug backup manifest');
  if (head.data.version !== BACKUP_VERSION) {
    throw new BackupError(
      'unsupportedVersion',
      `backup format version ${head.data.version} (this app reads ${BACKUP_VERSION})`,
    );
  }
  const parsed = BackupManifest.safeParse(json);
  if (!parsed.success) {
    throw new BackupError('notBackup', `manifest is invalid: ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

async function verifyFiles(dataDir: string, manifest: BackupManifest): Promise<void> {
  const present = fs.existsSync(dataDir) ? listFiles(dataDir) : [];
  const listed = new Set(manifest.files.map((file) => file.path));
  const extra = present.filter((file) => !listed.has(file));
  if (extra.length > 0)
    throw new BackupError('hashMismatch', `files not in the manifest: ${extra.join(', ')}`);
  for (const expected of manifest.files) {
    if (!present.includes(expected.path)) {
      throw new BackupError('hashMismatch', `missing file ${expected.path}`);
    }
    const actual = await describeFile(dataDir, expected.path);
    if (actual.size !== expected.size || actual.sha256 !== expected.sha256) {
      throw new BackupError('hashMismatch', `${expected.path} differs from the manifest`);
    }
  }
}

/** Every regular file under `root`, relative and `/`-separated, sorted; links are refused. */
function listFiles(root: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...listFiles(root, relative));
    else if (entry.isFile()) files.push(relative);
    else throw new BackupError('unsafeEntry', `${relative} is neither a file nor a folder`);
  }
  return files.sort();
}

async function describeFile(root: string, relative: string): Promise<BackupFile> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(path.join(root, ...relative.split('/')))) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    hash.update(bytes);
  }
  return { path: relative, size, sha256: hash.digest('hex') };
}
