/**
 * The wire between the main process and the sync node's child process: what the parent may ask,
 * what the child answers. Both sides parse what they receive with these schemas; a message that does
 * not fit is logged and ignored, never a crash. No Electron import: the child runs under Node too.
 */
import { z } from 'zod';

/** ws:// or wss:// only: the main process turns a hub's http(s):// address into its WebSocket form. */
export const Upstream = z.object({
  url: z.url({ protocol: /^wss?$/ }).max(2048),
  token: z.string().max(512).default(''),
});
export type Upstream = z.input<typeof Upstream>;

/** How the node's link to its hub is doing (electron/sync-node/upstream.ts). */
export const UpstreamStatus = z.object({
  url: z.string(),
  rooms: z.number().int(),
  connected: z.number().int(),
  lastError: z.string().nullable(),
});
export type UpstreamStatus = z.infer<typeof UpstreamStatus>;

export const NodeStartOptions = z.object({
  dataDir: z.string().min(1),
  /** This launch's secret; the only token the node accepts. */
  token: z.string().min(16).max(512),
  /** 0 on the first start; the port the first start got on every restart. */
  port: z.number().int().min(0).max(65535),
  host: z.string().min(1),
  allowedOrigins: z.array(z.string().min(1)).default([]),
  /** The built web client, served at `/` so phones joining over the LAN can open the join page. */
  webRoot: z.string().min(1).nullable().default(null),
  /** The LAN listener to reopen after a restart (null: off). */
  lanHosting: z
    .object({ port: z.number().int().min(0).max(65535) })
    .nullable()
    .default(null),
  /** The hub this node keeps every document in sync with (null: none, the node is local only). */
  upstream: Upstream.nullable().default(null),
});
export type NodeStartOptions = z.input<typeof NodeStartOptions>;
export type NodeStartConfig = z.output<typeof NodeStartOptions>;

export const ParentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), options: NodeStartOptions }),
  z.object({ type: z.literal('stop') }),
  z.object({ type: z.literal('lan'), id: z.number().int(), on: z.boolean() }),
  z.object({ type: z.literal('status'), id: z.number().int() }),
]);
export type ParentMessage = z.input<typeof ParentMessage>;

/** Why the child could not start, for the main process to say so in the user's language. */
export const StartFailure = z.enum(['locked', 'portInUse', 'dataDir', 'other']);
export type StartFailure = z.infer<typeof StartFailure>;

export const ChildMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ready'),
    url: z.string(),
    port: z.number().int(),
    /** The LAN listener a restarted node reopened (null: off, or its port was taken meanwhile). */
    lan: z
      .object({ port: z.number().int(), addresses: z.array(z.string()) })
      .nullable()
      .default(null),
  }),
  z.object({ type: z.literal('failed'), reason: StartFailure, error: z.string() }),
  z.object({
    type: z.literal('lan'),
    id: z.number().int(),
    /** The outcome: on with its addresses, off, or an error (the listener then stays as it was). */
    result: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), port: z.number().int().nullable(), addresses: z.array(z.string()) }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ]),
  }),
  z.object({ type: z.literal('status'), id: z.number().int(), upstream: UpstreamStatus.nullable() }),
]);
export type ChildMessage = z.infer<typeof ChildMessage>;
