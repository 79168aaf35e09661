/**
 * The link to an upstream node (a laptop's node to the area hub, or one hub to another): every room
 * this node holds is kept in memory and in sync with the same room upstream through a stock
 * y-websocket client, which brings reconnect with backoff and the two-way catch-up after an outage.
 */
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { MessageType } from '../../shared/sync/protocol.js';
import type { Logger } from './logger.js';
import type { Room } from './room.js';
import type { Rooms } from './rooms.js';

export interface UpstreamOptions {
  url: string;
  token?: string;
  /** Longest wait between reconnect attempts. */
  maxBackoffMs?: number;
}

/** How the link to upstream is doing, for the app's settings screen and diagnostics. */
export interface UpstreamStatus {
  /** The upstream URL, without its token. */
  url: string;
  /** Rooms linked upstream (every room this node holds). */
  rooms: number;
  /** Of those, how many have a live connection now. */
  connected: number;
  /** Why the last connection attempt failed or was closed by upstream; null once one connects. */
  lastError: string | null;
}

/** `ws` implements the browser WebSocket API that y-websocket expects; only its typings differ. */
const NodeWebSocket = WebSocket as unknown as typeof globalThis.WebSocket;

export class UpstreamLink {
  readonly #providers = new Map<string, WebsocketProvider>();
  readonly #url: string;
  #connected = 0;
  #lastError: string | null = null;
  /** Why the URL cannot be used at all; the link then does nothing (the node still serves locally). */
  readonly #invalid: string | null;
  #summaryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: UpstreamOptions,
    private readonly rooms: Rooms,
    private readonly log: Logger,
  ) {
    this.#url = options.url.replace(/\/+$/, '');
    this.#invalid = invalidUpstreamUrl(this.#url);
    if (this.#invalid !== null) {
      this.#lastError = this.#invalid;
      this.log.error(`upstream ${this.#url} is not usable (${this.#invalid}); this node serves only locally`);
    }
  }

  /** Loads every room the node holds so that each is linked, including ones no client has opened. */
  async linkAll(names: string[]): Promise<void> {
    // Loading is enough: `link` runs for every loaded room and pins it there.
    for (const name of names) await this.rooms.get(name);
  }

  get status(): UpstreamStatus {
    return {
      url: this.#url,
      rooms: this.#providers.size,
      connected: this.#connected,
      lastError: this.#lastError,
    };
  }

  /** Called for every room once it is in memory. */
  link(room: Room): void {
    // A URL no WebSocket can be made for must not stop the room loading for this node's own clients.
    if (this.#invalid !== null || this.#providers.has(room.name)) return;
    const awareness = new Awareness(room.doc);
    // The node is a carrier, not a participant: it shows up in nobody's list of who is online.
    awareness.setLocalState(null);
    const provider = new WebsocketProvider(this.#url, room.name, room.doc, {
      WebSocketPolyfill: NodeWebSocket,
      disableBc: true,
      awareness,
      params: this.options.token ? { token: this.options.token } : {},
      maxBackoffTime: this.options.maxBackoffMs ?? 5000,
    });
    this.rooms.pin(room.name);
    let toldRefused = false;
    provider.messageHandlers[MessageType.writeRefused] = (_encoder, decoder) => {
      if (toldRefused) return;
      toldRefused = true;
      this.log.warn(`upstream refuses writes to ${room.name}: ${decoding.readVarString(decoder)}`);
    };
    provider.on('status', ({ status }: { status: string }) => {
      this.#connected += status === 'connected' ? 1 : status === 'disconnected' ? -1 : 0;
      if (status === 'connected') this.#lastError = null;
      this.#scheduleSummary();
    });
    provider.on('connection-error', (event: Event & { message?: string }) => {
      this.#lastError = event.message ?? 'could not connect';
    });
    provider.on('connection-close', (event: CloseEvent | null) => {
      if (event && event.code >= 4400 && event.code < 4500) {
        this.#lastError = `${event.code} ${event.reason}`;
        this.log.error(`upstream closed ${room.name} for good: ${event.code} ${event.reason}`);
      }
    });
    this.#providers.set(room.name, provider);
  }

  unlink(room: Room): void {
    const provider = this.#providers.get(room.name);
    if (!provider) return;
    this.#providers.delete(room.name);
    if (provider.wsconnected) this.#connected -= 1;
    provider.awareness.destroy();
    provider.destroy();
  }

  #scheduleSummary(): void {
    // One line for a burst of status changes, rather than one per room after the hub restarts.
    if (this.#summaryTimer) return;
    this.#summaryTimer = setTimeout(() => {
      this.#summaryTimer = null;
      this.log.info(`upstream ${this.#url}: ${this.#connected}/${this.#providers.size} rooms connected`);
    }, 1000);
    this.#summaryTimer.unref();
  }

  close(): void {
    if (this.#summaryTimer) clearTimeout(this.#summaryTimer);
    for (const provider of this.#providers.values()) {
      provider.awareness.destroy();
      provider.destroy();
    }
    this.#providers.clear();
  }
}

/** Null when `url` is a ws:// or wss:// URL the WebSocket constructor accepts; else why not. */
export function invalidUpstreamUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') return `${parsed.protocol} is not ws: or wss:`;
  if (parsed.hash !== '') return 'a URL with a #fragment';
  return null;
}
