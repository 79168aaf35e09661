/**
 * This participant's own votes in a step. The session view shows only the tally (after the reveal),
 * but a person always sees their own ballot: read from the document and validated like any read.
 */
import type * as Y from 'yjs';
import { readOwnVotes } from '../../../../shared/model/fgd';

export function myVotes(doc: Y.Doc, participantId: string, stepId: string): Record<string, number> {
  return readOwnVotes(doc, stepId, participantId);
}

export function votesUsed(votes: Record<string, number>): number {
  return Object.values(votes).reduce((sum, n) => sum + n, 0);
}
