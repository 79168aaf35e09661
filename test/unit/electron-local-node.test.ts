/** The app's local node pauses for a backup and comes back on the same link. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type LocalNode, startLocalNode } from '../../electron/main/local-node';

const httpOf = (ws: string) => ws.replace(/^ws/, 'http');

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

describe('local node', () => {
  let node: LocalNode | null = null;
  let dir = '';
  afterEach(async () => {
    await node?.stop();
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  it('is stopped while the work runs and back on the same link after', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rembug-local-node-'));
    node = await startLocalNode(dir);
    const link = node.link;
    expect(link.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(node.state()).toContain('ready');
    const running = node;
    const during = await running.pausedFor(async () => ({
      state: running.state(),
      reachable: await answers(httpOf(link.url)),
      files: await readdir(dir),
    }));
    expect(during.state).toBe('paused');
    expect(during.reachable).toBe(false);
    expect(node.link).toEqual(link);
    expect(node.state()).toContain('ready');
    expect(await answers(httpOf(link.url))).toBe(true);
  });

  it('starts again even when the work fails', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rembug-local-node-'));
    node = await startLocalNode(dir);
    await expect(
      node.pausedFor(async () => {
        throw new Error('backup failed');
      }),
    ).rejects.toThrow('backup failed');
    expect(await answers(httpOf(node.link.url))).toBe(true);
  });
});
