/**
 * Hands the host description from the main process to the preload script.
 *
 * A sandboxed preload cannot read files or environment the main process sets up, but it does see
 * its renderer's command line, which main controls through `webPreferences.additionalArguments`.
 * The value is JSON in base64url so that no quoting, spaces or `=` in it can split or confuse the
 * argument list. It is parsed with the shared schema on the way in: the preload trusts nothing.
 *
 * No Node or Electron imports: this runs in the main process, in the sandboxed preload (which has
 * neither `Buffer` nor `require` for npm code) and in unit tests.
 */
import { type ElectronHostData, ElectronHostSchema } from '../../shared/host';

export const HOST_ARG_PREFIX = '--rembug-host=';

export type HostArgResult = { ok: true; value: ElectronHostData } | { ok: false; error: string };

export function encodeHostArg(host: ElectronHostData): string {
  return `${HOST_ARG_PREFIX}${toBase64Url(new TextEncoder().encode(JSON.stringify(host)))}`;
}

/** Finds and validates the host argument in a renderer's `process.argv`. */
export function decodeHostArg(argv: readonly string[]): HostArgResult {
  const matches = argv.filter((arg) => arg.startsWith(HOST_ARG_PREFIX));
  if (matches.length !== 1) {
    // Zero means main did not pass it; two means someone else added one, and we cannot tell which
    // is ours — refuse rather than guess.
    return { ok: false, error: `expected one ${HOST_ARG_PREFIX} argument, found ${matches.length}` };
  }
  const encoded = (matches[0] ?? '').slice(HOST_ARG_PREFIX.length);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(encoded)));
  } catch (error) {
    return { ok: false, error: `host argument is not base64url JSON: ${String(error)}` };
  }
  const parsed = ElectronHostSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `host argument is invalid: ${parsed.error.message}` };
  return { ok: true, value: parsed.data };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const padded = text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
