/**
 * One client socket on one room: reads every message defensively, applies what the client may do,
 * and closes the socket with a shared close code on anything malformed.
 */
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode, CloseReason, MessageType, SyncStep } from '../../shared/sync/protocol.js';
import type { Access } from '../../shared/sync/tokens.js';
import { describeError, type Logger } from './logger.js';
import { awarenessMessage, syncStep1Message, syncStep2Message, writeRefusedMessage } from './messages.js';
import type { NodeMetrics } from './metrics.js';
import { TokenBucket } from './rate-limit.js';
import type { Peer, Room } from './room.js';

export interface ConnectionLimits {
  /** Awareness messages per second a client may send, and the burst it may send at once. */
  awarenessPerSecond: number;
  awarenessBurst: number;
  /** Awareness messages dropped in a row before the client is disconnected. */
  awarenessDropsBeforeClose: number;
  /** Bytes queued for a slow client before it is dropped instead of growing memory without bound. */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  awarenessPerSecond: 10,
  awarenessBurst: 40,
  awarenessDropsBeforeClose: 200,
  maxBufferedBytes: 64 * 1024 * 1024,
};

/** A well-behaved client sends two or three messages before the first reply; this is generous. */
const MAX_PENDING_MESSAGES = 256;

class MalformedMessage extends Error {}

export class Connection implements Peer {
  readonly awarenessClients = new Set<number>();
  #room: Room | null = null;
  /** Messages that arrived while the room was loading, handled in order once it is ready. */
  #pending: Uint8Array[] = [];
  #closed = false;
  #toldWriteRefused = false;
  #awarenessDropsInRow = 0;
  readonly #awarenessBucket: TokenBucket;
  alive = true;

  constructor(
    private readonly ws: WebSocket,
    readonly roomName: string,
    public access: Exclude<Access, 'none'>,
    readonly token: string | null,
    private readonly metrics: NodeMetrics,
    private readonly log: Logger,
    private readonly limits: ConnectionLimits,
  ) {
    this.#awarenessBucket = new TokenBucket(limits.awarenessPerSecond, limits.awarenessBurst);
    metrics.connections += 1;
    // Listen before anything is awaited, so a client's first message is never lost.
    ws.on('message', (data, isBinary) => this.#receive(data, isBinary));
    ws.on('pong', () => {
      this.alive = true;
    });
    ws.on('close', () => this.#onClosed());
    ws.on('error', (error) => this.log.warn(`connection to ${roomName}: ${describeError(error)}`));
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Called once the room is loaded: greet the client, then handle what it already sent. */
  attach(room: Room): void {
    if (this.#closed) return;
    this.#room = room;
    room.peers.add(this);
    this.send(syncStep1Message(room.doc));
    const states = [...room.awareness.getStates().keys()];
    if (states.length > 0) this.send(awarenessMessage(room.awareness, states));
    const pending = this.#pending;
    this.#pending = [];
    for (const message of pending) {
      if (this.#closed) break;
      this.#handle(room, message);
    }
  }

  send(message: Uint8Array): void {
    if (this.#closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.log.warn(
        `connection to ${this.roomName}: client too slow, ${this.ws.bufferedAmount} bytes queued`,
      );
      this.ws.terminate();
      return;
    }
    this.metrics.bytesOut += message.length;
    this.ws.send(message);
  }

  disconnect(code: CloseCode): void {
    if (this.#closed) return;
    this.ws.close(code, CloseReason[code]);
    // The socket's close event completes the cleanup; detach now so nothing more is sent or applied.
    this.#onClosed();
  }

  #receive(data: unknown, isBinary: boolean): void {
    if (this.#closed) return;
    const bytes = toBytes(data);
    if (!isBinary || bytes === null) {
      this.#reject('text frame');
      return;
    }
    this.metrics.bytesIn += bytes.length;
    if (this.#room) this.#handle(this.#room, bytes);
    else if (this.#pending.length < MAX_PENDING_MESSAGES) this.#pending.push(bytes);
    else this.#reject('too many messages before the room was ready');
  }

  #handle(room: Room, message: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MessageType.sync:
          this.#handleSync(room, decoder);
          break;
        case MessageType.awareness:
          this.#handleAwareness(room, decoding.readVarUint8Array(decoder));
          break;
        case MessageType.queryAwareness:
          this.send(awarenessMessage(room.awareness, [...room.awareness.getStates().keys()]));
          break;
        default:
          throw new MalformedMessage(`unknown message type ${type}`);
      }
      if (!this.#closed && decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes');
    } catch (error) {
      this.#reject(
        error instanceof MalformedMessage ? error.message : `undecodable: ${describeError(error)}`,
      );
    }
  }

  #handleSync(room: Room, decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder);
    switch (step) {
      case SyncStep.step1: {
        const stateVector = decoding.readVarUint8Array(decoder);
        Y.decodeStateVector(stateVector);
        this.send(syncStep2Message(room.doc, stateVector));
        return;
      }
      case SyncStep.step2:
      case SyncStep.update: {
        const update = decoding.readVarUint8Array(decoder);
        // Decoding checks the whole update before anything of it reaches the document.
        const decoded = Y.decodeUpdate(update);
        if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return;
        if (this.access !== 'write') {
          this.#refuseWrite();
          return;
        }
        Y.applyUpdate(room.doc, update, this);
        return;
      }
      default:
        throw new MalformedMessage(`unknown sync step ${step}`);
    }
  }

  #handleAwareness(room: Room, update: Uint8Array): void {
    if (!this.#awarenessBucket.take()) {
      this.metrics.messagesRejected += 1;
      this.#awarenessDropsInRow += 1;
      if (this.#awarenessDropsInRow >= this.limits.awarenessDropsBeforeClose) {
        this.log.warn(`connection to ${this.roomName}: awareness flood, disconnecting`);
        this.disconnect(CloseCode.rateLimited);
      }
      return;
    }
    this.#awarenessDropsInRow = 0;
    awarenessProtocol.applyAwarenessUpdate(room.awareness, update, this);
  }

  #refuseWrite(): void {
    this.metrics.writesRefused += 1;
    if (this.#toldWriteRefused) return;
    this.#toldWriteRefused = true;
    this.log.info(`connection to ${this.roomName}: read-only, dropping its updates`);
    this.send(writeRefusedMessage('read-only access to this document: your changes are not accepted'));
  }

  #reject(why: string): void {
    this.metrics.messagesRejected += 1;
    this.log.warn(`connection to ${this.roomName}: malformed message (${why}), disconnecting`);
    this.disconnect(CloseCode.malformedMessage);
  }

  #onClosed(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#pending = [];
    this.metrics.connections -= 1;
    this.#room?.removePeer(this);
    this.onClose?.(this);
  }

  /** Set by the server to learn when the connection is gone. */
  onClose: ((connection: Connection) => void) | null = null;
}

function toBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data) && data.every((part) => part instanceof Uint8Array)) return Buffer.concat(data);
  return null;
}
