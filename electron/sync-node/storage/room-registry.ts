/**
 * The node's settings and the list of rooms it holds, in `<data>/node.json` (lowdb: JSON, written
 * atomically). The room files carry their own names, so a lost or corrupt registry is rebuilt from
 * them rather than trusted over them.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { describeError, type Logger } from '../logger.js';
import { LOG_MAGIC, parseFile, SNAPSHOT_MAGIC } from './log-format.js';

const RegistryFile = z.object({
  format: z.literal(1),
  nodeId: z.string().min(1),
  createdAt: z.string(),
  rooms: z.record(z.string(), z.object({ file: z.string(), addedAt: z.string() })),
});
type RegistryData = z.infer<typeof RegistryFile>;

export class RoomRegistry {
  readonly #db: Low<RegistryData>;
  readonly #log: Logger;
  #writing: Promise<void> = Promise.resolve();

  private constructor(db: Low<RegistryData>, log: Logger) {
    this.#db = db;
    this.#log = log;
  }

  static async open(dataDir: string, log: Logger): Promise<RoomRegistry> {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'node.json');
    const fresh = (): RegistryData => ({
      format: 1,
      nodeId: randomUUID(),
      createdAt: new Date().toISOString(),
      rooms: {},
    });
    const db = new Low<RegistryData>(new JSONFile<RegistryData>(file), fresh());
    try {
      await db.read();
      const parsed = RegistryFile.safeParse(db.data);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'unexpected content');
      db.data = parsed.data;
    } catch (error) {
      if (fs.existsSync(file)) {
        const aside = `${file}.corrupt-${Date.now()}`;
        fs.renameSync(file, aside);
        log.warn(
          `node.json unreadable (${describeError(error)}); kept as ${path.basename(aside)}, rebuilding`,
        );
      }
      db.data = fresh();
    }
    const registry = new RoomRegistry(db, log);
    registry.#reconcile(path.join(dataDir, 'rooms'));
    await registry.flush();
    return registry;
  }

  get nodeId(): string {
    return this.#db.data.nodeId;
  }

  names(): string[] {
    return Object.keys(this.#db.data.rooms);
  }

  add(room: string, file: string): void {
    if (this.#db.data.rooms[room]) return;
    this.#db.data.rooms[room] = { file, addedAt: new Date().toISOString() };
    this.#scheduleWrite();
  }

  /** Resolves once everything added so far is on disk. */
  flush(): Promise<void> {
    this.#scheduleWrite();
    return this.#writing;
  }

  #scheduleWrite(): void {
    this.#writing = this.#writing
      .then(() => this.#db.write())
      .catch((error: unknown) => this.#log.error(`writing node.json failed: ${describeError(error)}`));
  }

  /** Adds rooms whose files exist but that the registry does not list (lost or older registry). */
  #reconcile(roomsDir: string): void {
    if (!fs.existsSync(roomsDir)) return;
    for (const entry of fs.readdirSync(roomsDir)) {
      const match = /^([0-9a-f]{40})\.(log|snap)$/.exec(entry);
      if (!match?.[1]) continue;
      const name = readRoomName(path.join(roomsDir, entry), match[2] === 'log' ? LOG_MAGIC : SNAPSHOT_MAGIC);
      if (name !== null && !this.#db.data.rooms[name]) {
        this.#db.data.rooms[name] = { file: match[1], addedAt: new Date().toISOString() };
      }
    }
  }
}

function readRoomName(file: string, magic: string): string | null {
  const fd = fs.openSync(file, 'r');
  try {
    // The header is magic + one record holding the name (≤ 200 chars): 1 KiB always covers it.
    const head = Buffer.alloc(1024);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return parseFile(head.subarray(0, n), magic).roomName;
  } finally {
    fs.closeSync(fd);
  }
}
