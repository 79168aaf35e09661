/**
 * Who may connect: either everyone (an open node on loopback), a fixed set of grants (the app's
 * per-launch secret), or a tokens file that is re-read whenever it changes.
 */
import * as fs from 'node:fs';
import { type Access, accessTo, type TokenGrant, TokensConfig } from '../../shared/sync/tokens.js';
import { describeError, type Logger } from './logger.js';

export type AuthDecision =
  | { ok: true; access: Exclude<Access, 'none'>; who: string }
  | { ok: false; reason: 'unauthorized' | 'forbidden' };

export interface Authorizer {
  decide(token: string | null, room: string): AuthDecision;
  /** Called with no arguments whenever the grants change, so open connections can be re-checked. */
  onChange(listener: () => void): void;
  close(): void;
}

export const openAccess: Authorizer = {
  decide: () => ({ ok: true, access: 'write', who: 'anonymous' }),
  onChange: () => undefined,
  close: () => undefined,
};

export function decide(
  grants: ReadonlyMap<string, TokenGrant>,
  token: string | null,
  room: string,
): AuthDecision {
  const grant = token === null ? undefined : grants.get(token);
  if (!grant) return { ok: false, reason: 'unauthorized' };
  const access = accessTo(grant, room);
  if (access === 'none') return { ok: false, reason: 'forbidden' };
  return { ok: true, access, who: grant.name };
}

export function fixedGrants(config: TokensConfig): Authorizer {
  const grants = indexGrants(config);
  return {
    decide: (token, room) => decide(grants, token, room),
    onChange: () => undefined,
    close: () => undefined,
  };
}

export class TokensFileError extends Error {}

export function readTokensFile(file: string): TokensConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new TokensFileError(`cannot read tokens file ${file}: ${describeError(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TokensFileError(`tokens file ${file} is not valid JSON: ${describeError(error)}`);
  }
  const parsed = TokensConfig.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TokensFileError(
      `tokens file ${file}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid content'}`,
    );
  }
  return parsed.data;
}

/** Throws `TokensFileError` when the file is unusable at start; later bad edits keep the last good grants. */
export function watchedTokensFile(file: string, log: Logger, pollMs = 500): Authorizer {
  let grants = indexGrants(readTokensFile(file));
  const listeners: Array<() => void> = [];
  const reload = () => {
    try {
      grants = indexGrants(readTokensFile(file));
      log.info(`tokens file reloaded: ${grants.size} tokens`);
      for (const listener of listeners) listener();
    } catch (error) {
      log.error(`${describeError(error)}; keeping the previous tokens`);
    }
  };
  // Polling, not fs.watch: editors replace files by rename, which silently ends an fs.watch.
  const onStat = (current: fs.Stats, previous: fs.Stats) => {
    if (current.mtimeMs !== previous.mtimeMs || current.size !== previous.size) reload();
  };
  fs.watchFile(file, { interval: pollMs, persistent: false }, onStat);
  return {
    decide: (token, room) => decide(grants, token, room),
    onChange: (listener) => listeners.push(listener),
    close: () => fs.unwatchFile(file, onStat),
  };
}

function indexGrants(config: TokensConfig): Map<string, TokenGrant> {
  return new Map(config.tokens.map((grant) => [grant.token, grant]));
}
