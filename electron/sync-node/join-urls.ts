/**
 * Where a phone in the room reaches this node: the join URLs the facilitator shows (QR code first),
 * and the ws:// URL handed to a participant who joined.
 */
import type { NetworkInterfaceInfo } from 'node:os';
import { joinPath } from '../../shared/sync/fgd-hosting.js';

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * Addresses a phone can use: on a wildcard bind every LAN IPv4 address, then loopback last (useful
 * on the facilitator's own machine only); on a specific bind, that host.
 */
export function joinAddresses(host: string, interfaces: Interfaces): string[] {
  if (host !== '0.0.0.0' && host !== '::' && host !== '') return [formatHost(host)];
  const lan: string[] = [];
  for (const infos of Object.values(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family === 'IPv4' && !info.internal && !lan.includes(info.address)) lan.push(info.address);
    }
  }
  return [...lan, '127.0.0.1'];
}

export function joinUrls(host: string, port: number, code: string, interfaces: Interfaces): string[] {
  return joinAddresses(host, interfaces).map((address) => `http://${address}:${port}${joinPath(code)}`);
}

/** A Host header we are willing to echo into a URL: a name or address, and an optional port. */
const HOST_HEADER = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]{1,253})(?::\d{1,5})?$/;

/**
 * The node's ws:// URL as the phone addressed it (its Host header), so a phone that came in over
 * one of several LAN addresses keeps using that one; else `fallback` (the first join address).
 */
export function nodeUrlFor(hostHeader: string | undefined, fallback: string): string {
  if (hostHeader !== undefined && HOST_HEADER.test(hostHeader)) return `ws://${hostHeader}`;
  return `ws://${fallback}`;
}

export function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
