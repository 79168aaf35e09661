/**
 * The "Hub induk" setting as the node's upstream: what the person typed (an http(s):// or ws(s)://
 * address and a token) becomes the WebSocket URL the node's upstream link dials. No Electron imports.
 */
import type { DesktopSettings } from '../../shared/ipc/contract';
import { Upstream } from '../node-process/messages';

type HubSettings = Pick<DesktopSettings, 'hubUrl' | 'hubToken'>;

/**
 * The node's upstream for these settings; null when no hub is set. Throws when the address cannot be
 * an upstream: the child would refuse the whole start message, so it is never sent one.
 */
export function upstreamFromSettings(settings: HubSettings): Upstream | null {
  if (settings.hubUrl === '') return null;
  const url = new URL(settings.hubUrl);
  // A hub serves its rooms as WebSockets on the same origin as its pages: https → wss, http → ws.
  if (url.protocol === 'https:') url.protocol = 'wss:';
  else if (url.protocol === 'http:') url.protocol = 'ws:';
  // The room name is appended after a slash by the link; a trailing one here would double it.
  const checked = Upstream.safeParse({ url: url.href.replace(/\/+$/, ''), token: settings.hubToken });
  if (!checked.success)
    throw new Error(`the hub address cannot be used: ${checked.error.issues[0]?.message}`);
  return checked.data;
}

/** At app start a stored hub that cannot be used is set aside (and logged): the node starts without. */
export function upstreamAtStart(settings: HubSettings, warn: (message: string) => void): Upstream | null {
  try {
    return upstreamFromSettings(settings);
  } catch (error) {
    warn(`${error instanceof Error ? error.message : String(error)}; starting without a hub`);
    return null;
  }
}

/** Whether a settings change means the node must restart with another upstream. */
export function hubChanged(before: HubSettings, after: HubSettings): boolean {
  return before.hubUrl !== after.hubUrl || before.hubToken !== after.hubToken;
}
