/**
 * The app's local sync node as the rest of main sees it: its link, a state line for diagnostics,
 * LAN hosting for an FGD session, and "stop, do this, start again" for backup and restore (the
 * backup module needs the node stopped). Two ways to run it: in its own utility process under the
 * supervisor (the app), or in-process (`startLocalNode`: tests, and a fallback).
 */
import type { NodeLink } from '../../shared/host';
import type { Upstream, UpstreamStatus } from '../node-process/messages';
import { type EmbeddedNode, startEmbeddedNode } from './embedded-node';
import type { NodeState, NodeSupervisor } from './node-supervisor';

export interface LocalNode {
  readonly link: NodeLink;
  state(): string;
  setLanHosting(on: boolean): Promise<{ addresses: string[] }>;
  /** Restarts the node on the same link, syncing with this hub (null: none). */
  setUpstream(upstream: Upstream | null): Promise<void>;
  /** How the link to the hub is doing; null: no hub, or the node is not running. */
  upstreamStatus(): Promise<UpstreamStatus | null>;
  /** Stops the node (flushing every write), runs `work`, starts it again on the same link. */
  pausedFor<T>(work: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

export async function startLocalNode(dataDir: string, hub: Upstream | null = null): Promise<LocalNode> {
  let upstream = hub;
  let current: EmbeddedNode | null = await startEmbeddedNode(dataDir, undefined, upstream);
  const link = current.link;
  const port = current.node.port;
  let status = 'ready';
  const running = (): EmbeddedNode => {
    if (current === null) throw new Error(`the local node is ${status}`);
    return current;
  };
  async function pausedFor<T>(work: () => Promise<T>): Promise<T> {
    const node = running().node;
    status = 'paused';
    current = null;
    await node.close();
    try {
      return await work();
    } finally {
      current = await startEmbeddedNode(dataDir, { port, token: link.token }, upstream);
      status = 'ready';
    }
  }
  return {
    link,
    state: () =>
      current === null ? status : `${status} ${current.node.url}${current.node.lan ? ' +LAN' : ''}`,
    async setLanHosting(on) {
      const node = running().node;
      if (!on) {
        await node.stopLan();
        return { addresses: [] };
      }
      return { addresses: (await node.startLan()).addresses };
    },
    pausedFor,
    async setUpstream(next) {
      upstream = next;
      await pausedFor(async () => undefined);
    },
    upstreamStatus: async () => current?.node.upstream ?? null,
    async stop() {
      const node = current?.node;
      current = null;
      status = 'stopped';
      await node?.close();
    },
  };
}

/** The supervised node (node-supervisor.ts) as a `LocalNode`. */
export function supervisedNode(supervisor: NodeSupervisor): LocalNode {
  return {
    get link() {
      return supervisor.link;
    },
    state: () => describeNodeState(supervisor.state),
    setLanHosting: (on) => supervisor.setLanHosting(on),
    pausedFor: (work) => supervisor.pausedFor(work),
    setUpstream: (upstream) => supervisor.setUpstream(upstream),
    upstreamStatus: () => supervisor.upstreamStatus(),
    stop: () => supervisor.stop(),
  };
}

/** One line for diagnostics: the status and whatever detail the state carries (URL, attempt, error). */
export function describeNodeState(state: NodeState): string {
  const details = Object.entries(state)
    .filter(([key]) => key !== 'status')
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`);
  return [state.status, ...details].join(' ');
}
