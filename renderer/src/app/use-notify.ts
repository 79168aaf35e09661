/**
 * Refusals as notifications. (Every notification's close button gets its accessible name from the
 * theme, app/theme.ts.)
 */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { Message } from '../../../shared/i18n/index';
import { useMessageText } from './use-message';

/** A refused command as a red notification: what failed (the title) and why, in the interface language. */
export function useNotifyRefusal(): (title: string, refusal: Message) => void {
  const messageText = useMessageText();
  return useCallback(
    (title: string, refusal: Message) =>
      notifications.show({ color: 'red', title, message: messageText(refusal) }),
    [messageText],
  );
}
