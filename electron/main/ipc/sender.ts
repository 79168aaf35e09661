/**
 * Who may call the IPC channels: a frame showing our app (its URL on our origin) inside one of our
 * own windows. A page that got into a window some other way — a navigation that slipped through, an
 * iframe, the participant window showing another node's page — is refused. No Electron imports.
 */

export interface SenderFacts {
  /** `event.senderFrame.url`; null when the frame is already gone. */
  frameUrl: string | null;
  /** `event.sender.id`. */
  webContentsId: number;
}

export function isTrustedSender(
  facts: SenderFacts,
  trustedOrigins: ReadonlySet<string>,
  ourWebContentsIds: ReadonlySet<number>,
): boolean {
  if (facts.frameUrl === null || !ourWebContentsIds.has(facts.webContentsId)) return false;
  const origin = schemeAndHost(facts.frameUrl);
  return origin !== null && trustedOrigins.has(origin);
}

/**
 * `scheme://host[:port]` of a URL, or null. Not `URL.origin`: Node's URL (main runs on Node) gives
 * "null" for every scheme it does not know, ours included, which would make all of them equal.
 */
export function schemeAndHost(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.host === '') return null;
  return `${url.protocol}//${url.host}`;
}
