/**
 * The desktop bridge for code that is not handed the host (the file download helper): the same
 * answer `resolveHost` gives, so there is still one reader of `window.rembug`.
 */
import type { DesktopApi } from '../../../shared/ipc/contract';
import { resolveHost } from '../host';

export function currentDesktop(): DesktopApi | undefined {
  const host = resolveHost();
  return host.ok && host.host.kind === 'electron' ? host.host.desktop : undefined;
}
