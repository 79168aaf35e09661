/**
 * Opens many y-websocket connections to one node a few at a time. Chromium delays a new WebSocket
 * by up to seconds once more than a dozen to the same network are still connecting (its connection
 * throttler grows the delay with the number pending), so opening an area's 26 documents at once made
 * the last ones wait 3–5 s. In small batches they all open within a few hundred milliseconds.
 */
import type { WebsocketProvider } from 'y-websocket';

const CONCURRENT = 6;
/** A node that neither accepts nor refuses within this time does not hold up the rest. */
const GIVE_UP_MS = 3000;

export class ConnectQueue {
  private readonly waiting: WebsocketProvider[] = [];
  private active = 0;

  /** Queued providers must have been created with `connect: false`. */
  add(provider: WebsocketProvider): void {
    this.waiting.push(provider);
    this.next();
  }

  private next(): void {
    while (this.active < CONCURRENT && this.waiting.length > 0) {
      const provider = this.waiting.shift() as WebsocketProvider;
      this.active += 1;
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        provider.off('status', onStatus);
        provider.off('connection-close', settle);
        provider.off('connection-error', settle);
        this.active -= 1;
        this.next();
      };
      const onStatus = ({ status }: { status: string }) => {
        if (status === 'connected') settle();
      };
      const timer = setTimeout(settle, GIVE_UP_MS);
      provider.on('status', onStatus);
      provider.on('connection-close', settle);
      provider.on('connection-error', settle);
      provider.connect();
    }
  }

  /** Providers destroyed before their turn must not be connected later. */
  remove(provider: WebsocketProvider): void {
    const index = this.waiting.indexOf(provider);
    if (index >= 0) this.waiting.splice(index, 1);
  }
}
