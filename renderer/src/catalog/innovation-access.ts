/**
 * What the person may do with an innovation, and if not, why — in the model's own terms
 * (permissions.ts: only a regionEditor of the owning region writes its document), so the buttons
 * shown never promise what the model would refuse.
 */
import type { Profile } from '../data/profile';

export type EditAccess = { allowed: true } | { allowed: false; reason: 'otherRegion' | 'notEditor' };

export function editAccess(profile: Pick<Profile, 'role' | 'region'>, regionCode: string): EditAccess {
  if (profile.role === 'regionEditor' && profile.region === regionCode) return { allowed: true };
  return { allowed: false, reason: profile.role === 'regionEditor' ? 'otherRegion' : 'notEditor' };
}

export type ReplicateAccess =
  | { allowed: true; adopterCode: string }
  | { allowed: false; reason: 'notEditor' | 'noRegion' | 'ownRegion' | 'notMember' };

/**
 * A replication plan lives in the adopting region's document: only an editor of a member region other
 * than the innovation's own can start one.
 */
export function replicateAccess(
  profile: Pick<Profile, 'role' | 'region'>,
  sourceCode: string,
  isMember: (code: string) => boolean,
): ReplicateAccess {
  if (profile.region === null) return { allowed: false, reason: 'noRegion' };
  if (profile.role !== 'regionEditor') return { allowed: false, reason: 'notEditor' };
  if (profile.region === sourceCode) return { allowed: false, reason: 'ownRegion' };
  if (!isMember(profile.region)) return { allowed: false, reason: 'notMember' };
  return { allowed: true, adopterCode: profile.region };
}

/** Whether the person may add innovations at all, and to which region. */
export function createAccess(
  profile: Pick<Profile, 'role' | 'region'>,
  isMember: (code: string) => boolean,
): { allowed: true; regionCode: string } | { allowed: false; reason: 'notEditor' | 'notMember' } {
  if (profile.role !== 'regionEditor' || profile.region === null)
    return { allowed: false, reason: 'notEditor' };
  if (!isMember(profile.region)) return { allowed: false, reason: 'notMember' };
  return { allowed: true, regionCode: profile.region };
}
