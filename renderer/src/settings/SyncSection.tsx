/**
 * The hub this device syncs with: shown, changed (only after a passed "Uji koneksi", as on first
 * start) or removed. The page's own node is not configurable here: the host decides it.
 */

import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlugConnectedX, IconServer2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import type { Profile } from '../data/profile';
import { HubFields } from '../onboarding/HubFields';
import { nodeAddress } from '../onboarding/SyncChoice';
import { initialHubDraft, useHubDraft } from '../onboarding/use-hub-draft';
import { SettingsSection } from './SettingsSection';

export function SyncSection() {
  const { t } = useTranslation();
  const { host, profile, updateProfile } = useSession();
  const [editing, setEditing] = useState(false);

  const saveHub = (hub: Profile['hub']) => {
    updateProfile({ ...profile, hub });
    setEditing(false);
    notifications.show({
      color: 'teal',
      message: hub === null ? t('settings.hubRemoved') : t('settings.syncSaved'),
    });
  };

  const current =
    profile.hub !== null
      ? t('settings.syncHub', { address: profile.hub.url })
      : host.kind === 'browser'
        ? t('settings.syncServed', { address: nodeAddress(host) })
        : t('settings.syncDevice');

  return (
    <SettingsSection title={t('settings.sync')}>
      <Text size="sm">{current}</Text>
      {editing ? (
        <HubEditor initial={profile.hub} onCancel={() => setEditing(false)} onSave={saveHub} />
      ) : (
        <Group gap="sm">
          <Button variant="light" leftSection={<IconServer2 size={18} />} onClick={() => setEditing(true)}>
            {profile.hub ? t('settings.changeHub') : t('settings.addHub')}
          </Button>
          {profile.hub && (
            <Button
              variant="subtle"
              color="red"
              // The subtle variant's own red (shade 6) is too light for text on white.
              c="red.9"
              leftSection={<IconPlugConnectedX size={18} />}
              onClick={() => saveHub(null)}
            >
              {t('settings.removeHub')}
            </Button>
          )}
        </Group>
      )}
    </SettingsSection>
  );
}

function HubEditor({
  initial,
  onCancel,
  onSave,
}: {
  initial: Profile['hub'];
  onCancel: () => void;
  onSave: (hub: Profile['hub']) => void;
}) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const control = useHubDraft(workspace.areaId, () => initialHubDraft(initial, 'hub'));
  const [tried, setTried] = useState(false);
  return (
    <>
      <HubFields control={control} showTestNeeded={tried} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('settings.cancel')}
        </Button>
        <Button
          onClick={() => {
            setTried(true);
            if (control.saveable !== undefined) onSave(control.saveable);
          }}
        >
          {t('settings.save')}
        </Button>
      </Group>
    </>
  );
}
