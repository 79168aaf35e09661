/**
 * Where this device syncs: its own node only, or also an area hub. In a browser the page's node
 * already stores and syncs everything, which the person should know before adding a hub.
 */
import { Alert, Radio, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RembugHost } from '../../../shared/host';
import { ChoiceCard } from './ChoiceCard';
import { HubFields } from './HubFields';
import type { HubDraftControl, HubMode } from './use-hub-draft';

export function nodeAddress(host: RembugHost): string {
  return new URL(host.node.url).host;
}

export interface SyncChoiceProps {
  host: RembugHost;
  control: HubDraftControl;
  showTestNeeded: boolean;
}

export function SyncChoice({ host, control, showTestNeeded }: SyncChoiceProps) {
  const { t } = useTranslation();
  const served = host.kind === 'browser';
  const address = nodeAddress(host);
  const options: { mode: HubMode; label: string; hint: string }[] = [
    {
      mode: 'local',
      label: served ? t('hub.localServed') : t('hub.localDevice'),
      hint: served ? t('hub.localServedHint', { address }) : t('hub.localDeviceHint'),
    },
    { mode: 'hub', label: t('hub.connect'), hint: t('hub.connectHint') },
  ];
  return (
    <Stack gap="md">
      {served && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle />}>
          {t('hub.servedNote', { address })}
        </Alert>
      )}
      <Radio.Group
        label={t('hub.mode')}
        value={control.draft.mode}
        onChange={(next) => control.setMode(next === 'hub' ? 'hub' : 'local')}
      >
        <Stack gap="sm" mt="xs">
          {options.map((option) => (
            <ChoiceCard
              key={option.mode}
              value={option.mode}
              title={option.label}
              description={option.hint}
            />
          ))}
        </Stack>
      </Radio.Group>
      {control.draft.mode === 'hub' && <HubFields control={control} showTestNeeded={showTestNeeded} />}
    </Stack>
  );
}
