/**
 * Starts the sync node that is this app's local store: loopback only, a fresh secret per launch, and
 * that secret as the only token. Anything else on the machine that finds the port still cannot read
 * or write a document. No Electron imports.
 */
import { randomBytes } from 'node:crypto';
import type { NodeLink } from '../../shared/host';
import type { Upstream } from '../node-process/messages';
import { type SyncNode, startSyncNode } from '../sync-node/index';

export interface EmbeddedNode {
  node: SyncNode;
  /** What the renderer needs to connect: the node's URL and this launch's token. */
  link: NodeLink;
}

/**
 * `again`: the link of a node this launch ran before (stopped for a backup or restore). The same port
 * and token keep the open windows' link valid: their sockets simply reconnect.
 */
export async function startEmbeddedNode(
  dataDir: string,
  again?: { port: number; token: string },
  upstream: Upstream | null = null,
): Promise<EmbeddedNode> {
  const token = again?.token ?? randomBytes(32).toString('base64url');
  const node = await startSyncNode({
    host: '127.0.0.1',
    // Port 0: the OS picks a free port, so two users on one machine, or a stale instance, never clash.
    port: again?.port ?? 0,
    dataDir,
    upstream: upstream ?? undefined,
    auth: { config: { tokens: [{ token, name: 'Rembug desktop', read: ['*'], write: ['*'] }] } },
  });
  // The renderer appends `/<room>` itself, so it gets the bare origin whatever form `url` takes.
  return { node, link: { url: new URL(node.url).origin, token } };
}
