/**
 * Starts the sync node that is this app's local store: loopback only, a fresh secret per launch, and
 * that secret as the only token. Anything else on the machine that finds the port still cannot read
 * or write a document. No Electron imports: main passes in the paths it gets from `app`.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { type SyncNode, startSyncNode } from '../sync-node/index';
import type { NodeLink } from '../../shared/host';

export const DATA_DIR_ENV = 'REMBUG_DATA_DIR';

/** `REMBUG_DATA_DIR` wins (tests, portable installs); otherwise a folder in Electron's userData. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataPath: string): string {
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return path.resolve(fromEnv);
  return path.join(userDataPath, 'data');
}

export interface EmbeddedNode {
  node: SyncNode;
  /** What the renderer needs to connect: the node's URL and this launch's token. */
  link: NodeLink;
}

export async function startEmbeddedNode(dataDir: string): Promise<EmbeddedNode> {
  const token = randomBytes(32).toString('base64url');
  const node = await startSyncNode({
    host: '127.0.0.1',
    // Port 0: the OS picks a free port, so two users on one machine, or a stale instance, never clash.
    port: 0,
    dataDir,
    auth: { config: { tokens: [{ token, name: 'Rembug desktop', read: ['*'], write: ['*'] }] } },
  });
  return { node, link: { url: node.url, token } };
}
