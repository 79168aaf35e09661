/** Who may write a region's own data: that region's editors, nobody else (coordinators included). */
import { regencyByCode } from '../regions/index.js';
import type { CommandContext } from './identity.js';
import { type Refusal, refuse } from './result.js';

export function requireRegionEditor(regionCode: string, ctx: CommandContext): Refusal | null {
  if (ctx.author.role === 'regionEditor' && ctx.author.region === regionCode) return null;
  return refuse('error.notYourRegion', { region: regencyByCode(regionCode)?.name ?? regionCode });
}
