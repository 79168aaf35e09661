/** Notifications from the settings page, with a close button that says what it closes. */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export function useNotify(): (color: 'teal' | 'red', message: string) => void {
  const { t } = useTranslation();
  return useCallback(
    (color, message) =>
      notifications.show({
        color,
        message,
        closeButtonProps: { 'aria-label': t('settings.closeNotification') },
      }),
    [t],
  );
}
