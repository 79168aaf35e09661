/**
 * The host API: what the renderer may know about, and ask of, the program it runs in.
 *
 * There are two hosts. In the desktop app the preload script exposes an `ElectronHost` as
 * `window.rembug`; in a plain browser (a page served by a sync node) the renderer builds a
 * `BrowserHost` from its own address. Both tell the renderer where its sync node is and which token
 * to present. Desktop-only abilities (presenter window, save dialogs, PDF) join `ElectronHost` later.
 *
 * The schemas are here, next to the types, because the value crosses a process boundary (main →
 * command line → preload → renderer) and is parsed at each edge rather than trusted.
 */
// zod/mini: the same validation as `zod`, but tree-shakable, so the sandboxed preload (which must
// bundle everything it uses into one file) stays small.
import * as z from 'zod/mini';

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
export type ElectronHost = z.infer<typeof ElectronHostSchema>;

export interface BrowserHost {
  readonly kind: 'browser';
  readonly node: NodeLink;
}

export type RembugHost = ElectronHost | BrowserHost;
