/**
 * How many of this document's changes a node has not confirmed yet, for one provider.
 *
 * y-websocket has no acknowledgements, so "connected" says nothing about whether an edit arrived.
 * A node handles one socket's messages in order and stores an update before it answers the next
 * message, so a round trip proves delivery: after changes are sent, the tracker sends a sync step 1
 * (a probe) and counts everything sent before it as confirmed when the node's step 2 answer arrives.
 * Until then the changes are pending — the status never says "synced" while anything is.
 *
 * After a reload the count of local changes is gone, but the node's own step 1 (sent on connect)
 * names what it has: whatever the document holds beyond that is counted as pending too.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MessageType, SyncStep } from '../../../shared/sync/protocol';

/** How long to gather changes before probing: typing sends many small updates. */
const PROBE_DELAY_MS = 120;

export interface PendingState {
  /** Changes sent (or waiting to be sent) that the node has not confirmed. */
  pending: number;
  /** When the node last confirmed everything this document held; null until it has. */
  confirmedAt: Date | null;
  /** The node told us it does not accept our writes to this document (read-only access). */
  readOnly: boolean;
}

type MessageHandler = WebsocketProvider['messageHandlers'][number];

export class PendingTracker {
  private pending = 0;
  /** Pending changes covered by the probe in flight; null when no probe is in flight. */
  private probing: number | null = null;
  private confirmedAt: Date | null = null;
  private readOnly = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly originalSync: MessageHandler;

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    private readonly now: () => Date = () => new Date(),
  ) {
    const original = provider.messageHandlers[MessageType.sync];
    if (original === undefined) throw new Error('y-websocket provider has no sync handler');
    this.originalSync = original;
    provider.messageHandlers[MessageType.sync] = this.onSyncMessage;
    provider.messageHandlers[MessageType.writeRefused] = this.onWriteRefused;
    doc.on('update', this.onUpdate);
    provider.on('status', this.onStatus);
    provider.on('sync', this.onSynced);
  }

  state(): PendingState {
    return { pending: this.pending, confirmedAt: this.confirmedAt, readOnly: this.readOnly };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.doc.off('update', this.onUpdate);
    this.provider.off('status', this.onStatus);
    this.provider.off('sync', this.onSynced);
    this.provider.messageHandlers[MessageType.sync] = this.originalSync;
    this.listeners.clear();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    // What the node itself sent us is by definition on the node.
    if (origin === this.provider) return;
    this.pending += 1;
    this.scheduleProbe();
    this.emit();
  };

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') return;
    // A probe whose answer can no longer come; the changes are resent on the next connection.
    this.probing = null;
  };

  private readonly onSynced = (synced: boolean): void => {
    if (!synced) return;
    if (this.pending > 0) {
      this.scheduleProbe(0);
      return;
    }
    this.confirmedAt = this.now();
    this.emit();
  };

  private readonly onWriteRefused = (): void => {
    this.readOnly = true;
    this.emit();
  };

  private readonly onSyncMessage: MessageHandler = (encoder, decoder, provider, emitSynced, messageType) => {
    const peek = decoding.clone(decoder);
    const step = decoding.readVarUint(peek);
    if (step === SyncStep.step1) this.countMissingOnNode(decoding.readVarUint8Array(peek));
    this.originalSync(encoder, decoder, provider, emitSynced, messageType);
    // A read-only node answers probes too, but dropped our changes: they stay pending.
    if (step === SyncStep.step2 && this.probing !== null && !this.readOnly) {
      this.pending = Math.max(0, this.pending - this.probing);
      this.probing = null;
      if (this.pending === 0) this.confirmedAt = this.now();
      else this.scheduleProbe();
      this.emit();
    }
  };

  /** The node's step 1 names its state; what we hold beyond it is pending (e.g. offline edits before a reload). */
  private countMissingOnNode(nodeStateVector: Uint8Array): void {
    const missing = Y.encodeStateAsUpdate(this.doc, nodeStateVector);
    const structs = Y.decodeUpdate(missing).structs.length;
    if (structs > this.pending) {
      this.pending = structs;
      this.emit();
    }
  }

  private scheduleProbe(delay = PROBE_DELAY_MS): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.probe();
    }, delay);
  }

  private probe(): void {
    const ws = this.provider.ws;
    // Not synced yet: the connection's own step 1/step 2 exchange comes first, then `sync` probes.
    if (this.pending === 0 || this.probing !== null || !this.provider.synced) return;
    // 1 = OPEN (the constant is not on every WebSocket implementation, e.g. Node without a global one).
    if (ws === null || ws.readyState !== 1) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.probing = this.pending;
    ws.send(encoding.toUint8Array(encoder));
  }
}
