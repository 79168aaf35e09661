/**
 * The host API: what the renderer may know about, and ask of, the program it runs in.
 *
 * There are two hosts. In the desktop app the preload script exposes an `ElectronHost` as
 * `window.rembug`; in a plain browser (a page served by a sync node) the renderer builds a
 * `BrowserHost` from its own address. Both tell the renderer where its sync node is and which token
 * to present. Desktop-only abilities (presenter window, save dialogs, PDF) are `ElectronHost.desktop`.
 *
 * The schemas are here, next to the types, because the value crosses a process boundary (main →
 * command line → preload → renderer) and is parsed at each edge rather than trusted.
 */
// zod/mini: the same validation as `zod`, but tree-shakable, so the sandboxed preload (which must
// bundle everything it uses into one file) stays small.
import * as z from 'zod/mini';
import type { DesktopApi } from './ipc/contract';

/** Where the renderer's sync node listens, and the token that opens it (empty: an open node). */
export const NodeLinkSchema = z.object({
  url: z.string().check(z.regex(/^wss?:\/\/[^/?#\s]+$/, 'a ws:// or wss:// origin without path')),
  token: z.string().check(z.maxLength(512)),
});
export type NodeLink = z.infer<typeof NodeLinkSchema>;

export const ElectronHostSchema = z.object({
  kind: z.literal('electron'),
  node: NodeLinkSchema,
  appVersion: z.string().check(z.minLength(1), z.maxLength(64)),
});
/** The data part of the desktop host: what crosses main → command line → preload as JSON. */
export type ElectronHostData = z.infer<typeof ElectronHostSchema>;
/**
 * What the renderer sees in the desktop app: the data plus, from the preload, the calls of the IPC
 * contract (shared/ipc/contract.ts). `desktop` is absent only if the preload could not build it.
 */
export type ElectronHost = ElectronHostData & { readonly desktop?: DesktopApi };

export interface BrowserHost {
  readonly kind: 'browser';
  readonly node: NodeLink;
}

export type RembugHost = ElectronHost | BrowserHost;

/** The parts of the page address a browser host is derived from (token already read from `?token=`). */
export interface PageAddress {
  protocol: string;
  host: string;
  token: string | null;
}

export type BrowserHostResult = { ok: true; host: BrowserHost } | { ok: false; error: string };

/**
 * In a browser the page was served by the sync node itself, so the node is at the page's own host:
 * ws:// next to http://, wss:// next to https://. No token in the link means an open node.
 */
export function browserHostFor(page: PageAddress): BrowserHostResult {
  if (page.protocol !== 'http:' && page.protocol !== 'https:') {
    // rembug-app:// (or file://) without a preload: a desktop window whose preload failed. There is
    // no node to guess.
    return { ok: false, error: `no host: page loaded from ${page.protocol} without window.rembug` };
  }
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  return {
    ok: true,
    host: { kind: 'browser', node: { url: `${scheme}//${page.host}`, token: page.token ?? '' } },
  };
}
