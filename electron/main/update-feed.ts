/**
 * Whether and where to look for updates. Off unless an https feed URL is set in the desktop settings:
 * regional offices decide when to update, and a laptop offline in a district must not nag. Even
 * then nothing is downloaded without the person's consent (updates.ts). No Electron imports.
 */
import type { DesktopSettings } from '../../shared/ipc/contract';

export interface GenericFeed {
  provider: 'generic';
  url: string;
}

export function updateFeed(settings: DesktopSettings): GenericFeed | null {
  if (settings.updateUrl === '') return null;
  let url: URL;
  try {
    url = new URL(settings.updateUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return { provider: 'generic', url: url.href };
}
