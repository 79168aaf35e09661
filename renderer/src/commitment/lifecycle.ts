/** Where a commitment stands as people speak of it: the stored status, or "signed" once all have signed. */
import type { CommitmentStatus, SigningBoard } from '../../../shared/model/commitment';

export type LifecycleStage = CommitmentStatus | 'signed';

export function lifecycleStage(
  status: CommitmentStatus,
  board: Pick<SigningBoard, 'complete'>,
): LifecycleStage {
  return board.complete ? 'signed' : status;
}
