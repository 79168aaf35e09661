/**
 * The nodes this window syncs its documents with. The first is always the host's own node (this
 * device's store in Electron, the serving node in a browser); the second, when the profile names one,
 * is the area hub. Every document is synced with each of them, so edits flow device ⇄ hub even when
 * the two nodes do not know each other.
 */
import type { RembugHost } from '../../../shared/host';
import type { Profile } from '../data/profile';

export interface Endpoint {
  id: 'primary' | 'hub';
  url: string;
  token: string;
  /** What the status panel calls it: this device, the serving node, or the hub's address. */
  kind: 'device' | 'served' | 'hub';
  address: string;
}

function addressOf(url: string): string {
  return url.replace(/^wss?:\/\//, '');
}

export function endpointsFor(host: RembugHost, profile: Profile): Endpoint[] {
  const primary: Endpoint = {
    id: 'primary',
    url: host.node.url,
    token: host.node.token,
    kind: host.kind === 'electron' ? 'device' : 'served',
    address: addressOf(host.node.url),
  };
  const hub = profile.hub;
  if (hub === null || hub.url === primary.url) return [primary];
  return [primary, { id: 'hub', url: hub.url, token: hub.token, kind: 'hub', address: addressOf(hub.url) }];
}
