/** Runs a model command on the commitment's document (see useDocCommand for how it is told). */
import { type DocCommand, useDocCommand } from '../../app/use-doc-command';
import type { CommitmentView } from '../use-commitment';

export function useCommitmentCommand(view: CommitmentView): DocCommand {
  return useDocCommand(view.synced.doc);
}
