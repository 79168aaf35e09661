/** Who is acting: the profile kept in settings, used for authorship stamps and presence. */
import { z } from 'zod';
import { RegionCode } from './fields.js';

export const Role = z.enum(['coordinator', 'regionEditor', 'facilitator', 'viewer']);
export type Role = z.infer<typeof Role>;

export const Author = z.object({
  name: z.string().trim().min(1).max(120),
  /** Kemendagri code of the author's region; null for people who act for no region (e.g. Kominfo). */
  region: RegionCode.nullable(),
  role: Role,
});
export type Author = z.infer<typeof Author>;

/** Written next to every change: by whom and when. */
export const Stamp = z.object({ by: Author, at: z.iso.datetime() });
export type Stamp = z.infer<typeof Stamp>;

export interface CommandContext {
  author: Author;
  /** Injected so tests and replays are deterministic. */
  now: () => Date;
}

export function stamp(ctx: CommandContext): Stamp {
  return { by: ctx.author, at: ctx.now().toISOString() };
}
