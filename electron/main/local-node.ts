/**
 * The app's local sync node as the rest of main sees it: its link, a state line for diagnostics,
 * LAN hosting for an FGD session, and "stop, do this, start again" for backup and restore (the
 * backup module needs the node stopped). It runs in its own utility process under the supervisor;
 * the IPC handlers see only this interface, not the supervisor.
 */
import type { NodeLink } from '../../shared/host';
import type { Upstream, UpstreamStatus } from '../node-process/messages';
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
