/**
 * The one list of what the renderer may ask of the desktop: channel → argument schema → result schema.
 *
 * Main registers a handler per channel through a mapped type (a missing one fails to compile), the
 * preload builds `window.rembug.desktop` from the same keys, and the renderer's types derive from it.
 * Arguments are parsed in main (the renderer is a web page and trusted with nothing); results are
 * values, never exceptions: `{ ok: true, value } | { ok: false, error }`.
 *
 * zod/mini, like shared/host.ts: the sandboxed preload bundles what it imports.
 */
import * as z from 'zod/mini';

/** Document ids in routes: what `newId` and the demo data produce. */
const ROUTE_ID = '[A-Za-z0-9_-]{1,80}';
/** What the presenter window may show: an FGD board or a signing board, nothing else. */
export const PRESENTER_ROUTE = new RegExp(`^/papan/(fgd|komitmen)/${ROUTE_ID}$`);
/**
 * What may be turned into a PDF: a print route, `/cetak/<kind>/<id>` or `/cetak/<kind>/<region>/<id>`
 * (region codes carry dots, `33.10`); a segment of only dots is refused.
 */
export const PRINT_ROUTE = /^\/cetak(?:\/(?!\.+(?:\/|$))[A-Za-z0-9_.-]{1,80}){2,3}$/;

const FileName = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  // A suggested name, not a path: the dialog decides the folder.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  z.regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'a file name without path separators'),
);

const FileFilter = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  extensions: z.array(z.string().check(z.regex(/^[a-z0-9-]{1,12}$/))).check(z.minLength(1), z.maxLength(8)),
});

/** Bigger than any catalog export we make; a bound, so a runaway page cannot fill the disk. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const Bytes = z.instanceof(Uint8Array).check(z.refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too big'));

const Empty = z.object({});

/** A dialog the person may cancel: cancelling is a normal answer, not an error. */
const SavedOrCancelled = z.union([
  z.object({ saved: z.literal(true), path: z.string() }),
  z.object({ saved: z.literal(false) }),
]);

export const HubUrlSchema = z.union([z.literal(''), z.url({ protocol: /^(https?|wss?)$/ })]);

/** Desktop-only settings, kept by main in a JSON file under userData. */
export const DesktopSettingsSchema = z.object({
  /** Generic update feed; empty: updates off (the default — regional offices decide when to update). */
  updateUrl: z.union([z.literal(''), z.url({ protocol: /^https$/ })]),
  /** An upstream hub this desktop's node syncs with; empty: none. */
  hubUrl: HubUrlSchema,
  hubToken: z.string().check(z.maxLength(512)),
});
export type DesktopSettings = z.infer<typeof DesktopSettingsSchema>;
export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = { updateUrl: '', hubUrl: '', hubToken: '' };

export const ipcContract = {
  'file.save': {
    args: z.object({ suggestedName: FileName, filters: z.array(FileFilter), bytes: Bytes }),
    result: SavedOrCancelled,
  },
  'file.open': {
    args: z.object({ filters: z.array(FileFilter) }),
    result: z.union([
      z.object({ opened: z.literal(true), name: z.string(), bytes: z.instanceof(Uint8Array) }),
      z.object({ opened: z.literal(false) }),
    ]),
  },
  'print.pdf': {
    args: z.object({ route: z.string().check(z.regex(PRINT_ROUTE)), suggestedName: FileName }),
    result: SavedOrCancelled,
  },
  'presenter.open': {
    args: z.object({ route: z.string().check(z.regex(PRESENTER_ROUTE)) }),
    result: z.object({ display: z.enum(['second', 'same']) }),
  },
  'presenter.close': { args: Empty, result: z.object({ closed: z.boolean() }) },
  'backup.create': { args: Empty, result: SavedOrCancelled },
  'backup.restore': {
    args: Empty,
    // On success the app restarts on the restored data; `keptCopy` is the previous data, set aside.
    result: z.union([
      z.object({ restored: z.literal(true), keptCopy: z.string() }),
      z.object({ restored: z.literal(false) }),
    ]),
  },
  'diagnostics.copy': { args: Empty, result: z.object({ lines: z.number() }) },
  'external.open': { args: z.object({ url: z.string().check(z.maxLength(2048)) }), result: z.object({}) },
  'updates.check': {
    args: Empty,
    result: z.object({
      status: z.enum(['off', 'upToDate', 'available', 'downloading']),
      version: z.optional(z.string()),
    }),
  },
  'settings.get': { args: Empty, result: DesktopSettingsSchema },
  'settings.set': { args: z.partial(DesktopSettingsSchema), result: DesktopSettingsSchema },
  'fgd.lan': {
    args: z.object({ on: z.boolean() }),
    result: z.object({ on: z.boolean(), addresses: z.array(z.string()) }),
  },
  /**
   * How the local node's link to the hub ("Hub induk") is doing; `upstream` null: no hub set, or the
   * node is not running. `lastError` is for the log; the screen says connected or not in words.
   */
  'node.status': {
    args: Empty,
    result: z.object({
      upstream: z.nullable(
        z.object({
          url: z.string(),
          rooms: z.number(),
          connected: z.number(),
          lastError: z.nullable(z.string()),
        }),
      ),
    }),
  },
  /** The interface language, so the native menus speak it too. */
  'menu.language': { args: z.object({ locale: z.enum(['id', 'en']) }), result: z.object({}) },
} as const;

export type Channel = keyof typeof ipcContract;
export const IPC_CHANNELS = Object.keys(ipcContract) as Channel[];

/** The Electron channel name: prefixed, so nothing else registered on ipcMain can collide. */
export function ipcChannelName(channel: Channel): string {
  return `rembug:${channel}`;
}

/** What the renderer passes (before parsing) and what main receives (after). */
export type ArgsInput<C extends Channel> = z.input<(typeof ipcContract)[C]['args']>;
export type Args<C extends Channel> = z.output<(typeof ipcContract)[C]['args']>;
export type ResultValue<C extends Channel> = z.output<(typeof ipcContract)[C]['result']>;

export type IpcErrorCode = 'forbidden' | 'badArgs' | 'failed';
export interface IpcError {
  code: IpcErrorCode;
  /** For logs; the UI shows a sentence chosen by `code` and `reason`. */
  message: string;
  /** A failed handler's own error code (e.g. a backup's `hashMismatch`), when it has one. */
  reason?: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** `window.rembug.desktop`: one async call per channel. */
export type DesktopApi = {
  readonly [C in Channel]: (args: ArgsInput<C>) => Promise<IpcResult<ResultValue<C>>>;
};
