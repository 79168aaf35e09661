import { appendFileSync, readdirSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, connectClient, fetchDoc, type NodeProcess, startNode, waitFor } from './harness';

afterEach(cleanup);

const ROOM = 'kspn-borobudur/region/33.10';
const CORRUPTION_LOGGED = /corrupt|torn|truncat|checksum|damaged|invalid/i;

/** The room's log: the most recently modified `*.log` under `<data>/rooms/` (the layout is the node's). */
function latestLog(dataDir: string): string {
  const logs = readdirSync(path.join(dataDir, 'rooms'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.log'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => ({ file, mtime: statSync(file).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  const newest = logs[0];
  if (!newest) throw new Error(`no *.log file under ${dataDir}/rooms`);
  return newest.file;
}

/** Write `early` edits one by one, then `last`, each seen by an observer (so each is on disk). */
async function writeEdits(node: NodeProcess, early: number): Promise<void> {
  const writer = connectClient(node.url, ROOM);
  const observer = connectClient(node.url, ROOM);
  await Promise.all([writer.synced(), observer.synced()]);
  const seen = observer.doc.getArray<string>('array');
  for (let i = 0; i < early; i++) writer.doc.getArray<string>('array').push([`e${i}`]);
  await waitFor(() => seen.length === early, 5_000, 'the observer to see the early edits');
  writer.doc.getArray<string>('array').push(['last']);
  await waitFor(() => seen.length === early + 1, 5_000, 'the observer to see the last edit');
  writer.destroy();
  observer.destroy();
}

const earlyEdits = (count: number): string[] => Array.from({ length: count }, (_, i) => `e${i}`);

describe('corrupt log tail', () => {
  it('a torn tail (last bytes missing) is cut off and logged; earlier edits load; appends work after', async () => {
    const node = await startNode();
    await writeEdits(node, 20);
    await node.kill9();

    const log = latestLog(node.dataDir);
    const size = statSync(log).size;
    expect(size, `${log} holds the edits`).toBeGreaterThan(8);
    truncateSync(log, size - 3);

    await node.restart();
    const loaded = (await fetchDoc(node.url, ROOM)).getArray<string>('array').toArray();
    await waitFor(() => CORRUPTION_LOGGED.test(node.stderr()), 2_000, 'a log line about the damaged tail');
    expect(loaded.slice(0, 20)).toEqual(earlyEdits(20));
    expect(loaded.length).toBeLessThanOrEqual(21);

    // The room keeps working: a new edit is stored after the cut and loads next time.
    const writer = connectClient(node.url, ROOM);
    const observer = connectClient(node.url, ROOM);
    await Promise.all([writer.synced(), observer.synced()]);
    writer.doc.getArray<string>('array').push(['after-repair']);
    await waitFor(
      () => observer.doc.getArray<string>('array').toArray().includes('after-repair'),
      5_000,
      'the observer to see the edit after the repair',
    );
    writer.destroy();
    observer.destroy();
    await node.kill9();
    await node.restart();
    const reloaded = (await fetchDoc(node.url, ROOM)).getArray<string>('array').toArray();
    expect(reloaded).toEqual([...loaded, 'after-repair']);
    // The damaged tail was cut off on disk, not just skipped in memory.
    expect(node.stderr()).not.toMatch(CORRUPTION_LOGGED);
  });

  it('garbage appended after the last record is cut off and logged; every edit loads', async () => {
    const node = await startNode();
    await writeEdits(node, 10);
    await node.kill9();

    const log = latestLog(node.dataDir);
    expect(statSync(log).size).toBeGreaterThan(0);
    appendFileSync(
      log,
      Buffer.from([0x13, 0x37, 0xff, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x42, 0x42, 0x42, 0x00, 0x01]),
    );

    await node.restart();
    const loaded = (await fetchDoc(node.url, ROOM)).getArray<string>('array').toArray();
    await waitFor(() => CORRUPTION_LOGGED.test(node.stderr()), 2_000, 'a log line about the damaged tail');
    expect(loaded).toEqual([...earlyEdits(10), 'last']);
  });
});
