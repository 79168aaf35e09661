/**
 * The two parties of a plan as the collaboration panels tell them apart: which side a comment comes
 * from, what the source region has said about its support, and the ids new comments get.
 */
import type { PlanComment, PlanRef, ReplicationSupport } from '../../../../shared/model/replication-support';

export type PlanParty = 'adopter' | 'source';

/** The side a comment was made from: the region whose document holds it. */
export function commentParty(
  comment: Pick<PlanComment, 'regionCode'>,
  ref: Pick<PlanRef, 'sourceCode'>,
): PlanParty {
  return comment.regionCode === ref.sourceCode ? 'source' : 'adopter';
}

export type SupportStatus = 'waiting' | 'confirmed' | 'withdrawn';

export function supportStatus(support: Pick<ReplicationSupport, 'confirmed'> | null): SupportStatus {
  if (support === null) return 'waiting';
  return support.confirmed ? 'confirmed' : 'withdrawn';
}

/**
 * `k` and eight base-36 characters: short enough to read in a document dump, and two people
 * commenting at the same moment do not collide (36^8 ≈ 2.8·10^12).
 */
export function newCommentId(random: () => number = Math.random): string {
  let id = 'k';
  for (let index = 0; index < 8; index += 1) id += Math.floor(random() * 36).toString(36);
  return id;
}
