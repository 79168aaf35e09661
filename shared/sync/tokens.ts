/**
 * Access tokens of a node: who may read and write which documents. Used by the hub's tokens file,
 * the app's per-launch secret and the LAN join code alike.
 */
import { z } from 'zod';

/** An exact room name, or a prefix ending in `*` that matches the rest of the name (`/` included). */
export const RoomPattern = z.string().min(1).max(300);

export const TokenGrant = z.object({
  token: z.string().min(8, 'a token needs at least 8 characters'),
  name: z.string().min(1),
  region: z.string().optional(),
  read: z.array(RoomPattern),
  write: z.array(RoomPattern),
});
export type TokenGrant = z.infer<typeof TokenGrant>;

export const TokensConfig = z.object({ tokens: z.array(TokenGrant) }).superRefine((config, ctx) => {
  const seen = new Set<string>();
  config.tokens.forEach((grant, index) => {
    if (seen.has(grant.token)) {
      ctx.addIssue({ code: 'custom', path: ['tokens', index, 'token'], message: 'duplicate token' });
    }
    seen.add(grant.token);
  });
});
export type TokensConfig = z.infer<typeof TokensConfig>;

export function matchesRoom(pattern: string, room: string): boolean {
  return pattern.endsWith('*') ? room.startsWith(pattern.slice(0, -1)) : pattern === room;
}

export function matchesAny(patterns: readonly string[], room: string): boolean {
  return patterns.some((pattern) => matchesRoom(pattern, room));
}

export type Access = 'none' | 'read' | 'write';

/** Write access implies read: a pattern in `write` alone still lets the client receive the room. */
export function accessTo(grant: TokenGrant, room: string): Access {
  if (matchesAny(grant.write, room)) return 'write';
  if (matchesAny(grant.read, room)) return 'read';
  return 'none';
}
