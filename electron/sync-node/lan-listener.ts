/**
 * A second HTTP listener on every interface, serving the same routes and sockets as the node's own
 * (loopback) one. The desktop node listens on 127.0.0.1 only; "Host this FGD on the LAN" opens this
 * one for the session and closes it again, so the machine is reachable from the room only while
 * the facilitator wants it to be.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

export interface LanListenerOptions {
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  upgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Ports to try in order (0: any free one); the first that binds wins. */
  ports: readonly number[];
  /** Default 0.0.0.0 (every IPv4 interface: phones on the room's Wi-Fi use IPv4). */
  host?: string;
}

export class LanListener {
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async open(options: LanListenerOptions): Promise<LanListener> {
    const host = options.host ?? '0.0.0.0';
    const ports = options.ports.filter((port) => Number.isInteger(port) && port >= 0 && port <= 65535);
    let lastError: unknown = new Error('no usable LAN port');
    for (const port of ports) {
      const server = createServer(options.handler);
      server.on('upgrade', options.upgrade);
      try {
        await listen(server, port, host);
      } catch (error) {
        // Taken (another app, or a second Rembug): try the next candidate.
        lastError = error;
        continue;
      }
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        throw new Error('LAN listener is not on a TCP port');
      }
      return new LanListener(server, address.port);
    }
    throw lastError;
  }

  /** Stops accepting and ends open HTTP connections; upgraded sockets are the node's to drop. */
  close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    return closed;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
