/** /pengaturan: who I am, where this device syncs, and where the data lives. */
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DesktopSection } from '../desktop/DesktopSection';
import { DataSection } from './DataSection';
import { ProfileSection } from './ProfileSection';
import { SyncSection } from './SyncSection';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={760}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <ProfileSection />
      <SyncSection />
      <DataSection />
      <DesktopSection />
    </Stack>
  );
}
