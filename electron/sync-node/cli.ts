/**
 * `npm run hub -- --port <p> --host <h> --data <dir> [--auth <tokens.json>]
 *   [--upstream <ws-url> --upstream-token <t>] [--max-message-bytes N] [--web <dir>] [--fsync]
 *   [--keepalive-ms N] [--idle-unload-ms N]`
 *
 * Prints `listening on ws://<host>:<port>` once ready; SIGTERM/SIGINT flush to disk and exit 0.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startSyncNode, TokensFileError } from './index.js';
import { createStderrLogger, describeError } from './logger.js';

const USAGE =
  'usage: hub --port <p> --host <h> --data <dir> [--auth <tokens.json>] ' +
  '[--upstream <ws-url> --upstream-token <t>] [--max-message-bytes N] [--web <dir>] [--fsync] ' +
  '[--keepalive-ms N] [--idle-unload-ms N]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(code);
}

function parseCli(argv: string[]) {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    fail(describeError(error));
  }
  const port = Number(values.port ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0–65535, got ${values.port}`);
  const maxMessageBytes =
    values['max-message-bytes'] === undefined ? undefined : Number(values['max-message-bytes']);
  if (maxMessageBytes !== undefined && (!Number.isInteger(maxMessageBytes) || maxMessageBytes < 1024)) {
    fail('--max-message-bytes must be a whole number of at least 1024');
  }
  if (values['upstream-token'] !== undefined && values.upstream === undefined)
    fail('--upstream-token needs --upstream');
  if (values.upstream !== undefined && !/^wss?:\/\//.test(values.upstream)) {
    fail(`--upstream must be a ws:// or wss:// URL, got ${values.upstream}`);
  }
  const keepaliveMs = optionalMs(values['keepalive-ms'], '--keepalive-ms');
  const idleUnloadMs = optionalMs(values['idle-unload-ms'], '--idle-unload-ms');
  return {
    port,
    keepaliveMs,
    idleUnloadMs,
    host: values.host ?? '127.0.0.1',
    dataDir: path.resolve(values.data ?? 'data'),
    auth: values.auth ? { file: path.resolve(values.auth) } : undefined,
    upstream: values.upstream ? { url: values.upstream, token: values['upstream-token'] } : undefined,
    maxMessageBytes,
    webRoot: resolveWebRoot(values.web),
    fsync: values.fsync ?? false,
  };
}

function optionalMs(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 50) fail(`${flag} must be a whole number of milliseconds, at least 50`);
  return ms;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      auth: { type: 'string' },
      upstream: { type: 'string' },
      'upstream-token': { type: 'string' },
      'max-message-bytes': { type: 'string' },
      web: { type: 'string' },
      fsync: { type: 'boolean' },
      'keepalive-ms': { type: 'string' },
      'idle-unload-ms': { type: 'string' },
    },
  });
}

/** By default the hub serves the built web client that sits beside it (out/renderer), if built. */
function resolveWebRoot(flag: string | undefined): string | undefined {
  if (flag) return path.resolve(flag);
  const beside = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');
  return fs.existsSync(path.join(beside, 'index.html')) ? beside : undefined;
}

async function main(): Promise<void> {
  const config = parseCli(process.argv.slice(2));
  const log = createStderrLogger();
  let node: Awaited<ReturnType<typeof startSyncNode>>;
  try {
    node = await startSyncNode({ ...config, log });
  } catch (error) {
    fail(error instanceof TokensFileError ? error.message : `cannot start: ${describeError(error)}`, 1);
  }
  process.stdout.write(`listening on ${node.url}\n`);
  if (config.webRoot) log.info(`serving the web client from ${config.webRoot}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: flushing and stopping`);
    node.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error(`stopping failed: ${describeError(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
