/**
 * Moves a commitment along its lifecycle (draft ⇄ review → final → draft) with the model's command,
 * and says how it went: a refusal as a red notification with the reason, success as a short one.
 */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type CommitmentStatus, setCommitmentStatus } from '../../../../shared/model/commitment';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import type { CommitmentView } from '../use-commitment';

const DONE = {
  draft: 'commitmentLifecycle.done.draft',
  review: 'commitmentLifecycle.done.review',
  final: 'commitmentLifecycle.done.final',
} as const satisfies Record<CommitmentStatus, string>;

/** Returns whether the status changed. */
export function useStatusChange(view: CommitmentView): (to: CommitmentStatus) => boolean {
  const { t } = useTranslation();
  const { ctx } = useSession();
  const notifyRefusal = useNotifyRefusal();
  const doc = view.synced.doc;
  return useCallback(
    (to: CommitmentStatus) => {
      const result = setCommitmentStatus(doc, to, ctx);
      if (!result.ok) {
        notifyRefusal(t('commitmentLifecycle.failed'), result.error);
        return false;
      }
      notifications.show({ color: 'teal', message: t(DONE[to]) });
      return true;
    },
    [doc, ctx, notifyRefusal, t],
  );
}
