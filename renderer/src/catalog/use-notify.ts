/**
 * Notifications from these screens, with a close button that has a name (Mantine's has none, which
 * screen readers announce as an unnamed button).
 */
import { type NotificationData, notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export function useNotify(): (data: NotificationData) => void {
  const { t } = useTranslation();
  const closeLabel = t('innovationDetail.closeNotification');
  return useCallback(
    (data: NotificationData) =>
      notifications.show({
        ...data,
        closeButtonProps: { 'aria-label': closeLabel, ...data.closeButtonProps },
      }),
    [closeLabel],
  );
}
