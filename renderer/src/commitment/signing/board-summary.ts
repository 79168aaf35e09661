/**
 * What the signing board says at a glance: how many member regions have a valid signature, how many
 * signed an earlier text, how many have not signed, and whose turn it is in the signing order.
 */
import type { CommitmentStatus, SignatureState, SigningBoard } from '../../../../shared/model/commitment';

export interface BoardSummary {
  signed: number;
  outdated: number;
  pending: number;
  total: number;
  /**
   * The first region in signing order without a signature on the current text, while the text is
   * final (before that nobody can sign, so nobody is next). An outdated signature counts as still to
   * sign: at a ceremony after a reopening the order starts again from the top.
   */
  next: string | null;
}

export function summariseBoard(board: SigningBoard, status: CommitmentStatus): BoardSummary {
  const count = (state: SignatureState) => board.regions.filter((region) => region.state === state).length;
  const next =
    status === 'final' ? (board.regions.find((region) => region.state !== 'signed')?.code ?? null) : null;
  return {
    signed: count('signed'),
    outdated: count('outdated'),
    pending: count('pending'),
    total: board.regions.length,
    next,
  };
}
