/**
 * Where the area's documents live on this device, the demo set for trying the app, and the way back
 * to first start (another area). Leaving an area removes the profile only, never documents.
 */

import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFlask, IconSwitchHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea } from '../app/hooks';
import { useSession } from '../app/session';
import { DEMO_AREA_ID, loadDemoData } from '../data/demo';
import { clearProfile } from '../data/profile';
import { nodeAddress } from '../onboarding/SyncChoice';
import { SettingsSection } from './SettingsSection';

export function DataSection() {
  const { t } = useTranslation();
  const { host, profile, workspace } = useSession();
  const area = useArea();
  const [loading, setLoading] = useState(false);
  const [confirmOpen, confirm] = useDisclosure(false);
  const address = nodeAddress(host);

  const loadDemo = () => {
    setLoading(true);
    loadDemoData(workspace)
      .then(() => notifications.show({ color: 'teal', message: t('onboarding.demoLoaded') }))
      .catch((error: unknown) => {
        console.error('demo data not loaded', error);
        notifications.show({ color: 'red', message: t('onboarding.demoFailed') });
      })
      .finally(() => setLoading(false));
  };

  const leaveArea = () => {
    clearProfile();
    // A fresh start is the simplest way to close every document and connection of this area.
    window.location.reload();
  };

  return (
    <SettingsSection title={t('settings.data')}>
      <List size="sm" spacing={6}>
        <List.Item>{t('settings.dataArea', { name: area.name, count: area.members.length })}</List.Item>
        <List.Item>
          {host.kind === 'browser'
            ? t('settings.dataServed', { address })
            : t('settings.dataDevice', { address })}
        </List.Item>
        {profile.hub && <List.Item>{t('settings.dataHub', { address: profile.hub.url })}</List.Item>}
      </List>
      {workspace.areaId === DEMO_AREA_ID && (
        <Stack gap={6} align="flex-start">
          <Button variant="light" leftSection={<IconFlask size={18} />} loading={loading} onClick={loadDemo}>
            {t('settings.demo')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('settings.demoHint')}
          </Text>
        </Stack>
      )}
      <Stack gap={6} align="flex-start">
        <Button
          variant="outline"
          color="red.9"
          leftSection={<IconSwitchHorizontal size={18} />}
          onClick={confirm.open}
        >
          {t('settings.changeArea')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('settings.changeAreaHint')}
        </Text>
      </Stack>
      <Modal
        opened={confirmOpen}
        onClose={confirm.close}
        title={t('settings.changeArea')}
        closeButtonProps={{ 'aria-label': t('settings.close') }}
        centered
      >
        <Stack gap="lg">
          <Text size="sm">{t('settings.changeAreaBody', { area: area.name })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close}>
              {t('settings.cancel')}
            </Button>
            <Button color="red.9" onClick={leaveArea}>
              {t('settings.changeAreaConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SettingsSection>
  );
}
