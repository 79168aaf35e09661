/**
 * Notifications with a close button that has a name (Mantine's has none, which screen readers
 * announce as an unnamed button).
 */
import { type NotificationData, notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/i18n/index';
import { useMessageText } from './use-message';

export function useNotify(): (data: NotificationData) => void {
  const { t } = useTranslation();
  const closeLabel = t('shell.closeNotification');
  return useCallback(
    (data: NotificationData) =>
      notifications.show({
        ...data,
        closeButtonProps: { 'aria-label': closeLabel, ...data.closeButtonProps },
      }),
    [closeLabel],
  );
}

/** A refused command as a red notification: what failed (the title) and why, in the interface language. */
export function useNotifyRefusal(): (title: string, refusal: Message) => void {
  const notify = useNotify();
  const messageText = useMessageText();
  return useCallback(
    (title: string, refusal: Message) => notify({ color: 'red', title, message: messageText(refusal) }),
    [notify, messageText],
  );
}
