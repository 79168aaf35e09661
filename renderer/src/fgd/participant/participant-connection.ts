/**
 * A joined participant's link to the one FGD document their token opens: a Yjs document synced with
 * the hosting node (y-websocket, token as a parameter). Attendance is recorded once the node's copy
 * has arrived; a refusal by the node (the facilitator removed them or closed the session) ends it.
 */
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type Participant, recordAttendance } from '../../../../shared/model/fgd';
import type { CommandContext } from '../../../../shared/model/identity';
import type { JoinResult } from '../../../../shared/sync/fgd-hosting';
import { CloseCode } from '../../../../shared/sync/protocol';

/**
 * connecting: first attempt; live: synced with the node; reconnecting: lost, trying again;
 * removed: the node refused the token (removed, or hosting stopped); refused: closed for another reason.
 */
export type ParticipantLinkState = 'connecting' | 'live' | 'reconnecting' | 'removed' | 'refused';

export class ParticipantConnection {
  readonly doc = new Y.Doc();
  readonly participant: Participant;
  readonly ctx: CommandContext;
  private readonly provider: WebsocketProvider;
  private readonly listeners = new Set<() => void>();
  private current: ParticipantLinkState = 'connecting';
  /** The node's copy has arrived at least once: an empty document now means "no session". */
  private arrived = false;

  constructor(readonly join: JoinResult) {
    const { participant } = join;
    this.participant = { id: participant.id, name: participant.name, region: participant.region };
    // Participants have no account; 'viewer' is the role that may do only what the step allows.
    this.ctx = {
      author: { name: participant.name, region: participant.region, role: 'viewer' },
      now: () => new Date(),
    };
    this.provider = new WebsocketProvider(join.node, join.room, this.doc, {
      // BroadcastChannel would let two tabs sync behind the node's back (and its auth).
      disableBc: true,
      params: { token: join.token },
    });
    this.provider.on('sync', this.onSync);
    this.provider.on('status', this.onStatus);
    this.provider.on('closed', this.onClosed);
    this.provider.on('connection-close', this.onLost);
    this.provider.on('connection-error', this.onLost);
  }

  get state(): ParticipantLinkState {
    return this.current;
  }

  get loaded(): boolean {
    return this.arrived;
  }

  private readonly onSync = (synced: boolean) => {
    if (!synced) return;
    this.arrived = true;
    const recorded = recordAttendance(this.doc, this.participant, 'join', this.ctx);
    if (!recorded.ok) console.warn('attendance not recorded', recorded.error);
    this.set('live');
  };

  private readonly onStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
    if (this.current === 'removed' || this.current === 'refused') return;
    // "connected" is not yet "live": the node's copy arrives with the sync that follows.
    if (status === 'disconnected' || (status === 'connecting' && this.current === 'live'))
      this.set('reconnecting');
  };

  /** A failed or dropped attempt; y-websocket keeps retrying unless the node refused us (onClosed). */
  private readonly onLost = () => {
    if (this.current === 'removed' || this.current === 'refused') return;
    this.set('reconnecting');
  };

  private readonly onClosed = ({ code }: { code: number }) => {
    const refusedToken = code === CloseCode.unauthorized || code === CloseCode.forbidden;
    this.set(refusedToken ? 'removed' : 'refused');
  };

  private set(next: ParticipantLinkState): void {
    if (next === this.current) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.provider.off('sync', this.onSync);
    this.provider.off('status', this.onStatus);
    this.provider.off('closed', this.onClosed);
    this.provider.off('connection-close', this.onLost);
    this.provider.off('connection-error', this.onLost);
    this.provider.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }
}
