/** The last step's recap: what will be saved, in the words of the screens before. */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RembugHost } from '../../../shared/host';
import { regionLabel } from '../data/catalog-store';
import { type AreaChoice, areaPreset, type Profile } from '../data/profile';
import { effectiveRegion, type IdentityDraft } from './ProfileFields';
import { nodeAddress } from './SyncChoice';

export interface OnboardingSummaryProps {
  host: RembugHost;
  area: AreaChoice | null;
  identity: IdentityDraft;
  members: readonly string[];
  hub: Profile['hub'] | undefined;
}

export function OnboardingSummary({ host, area, identity, members, hub }: OnboardingSummaryProps) {
  const { t } = useTranslation();
  const preset = area ? areaPreset(area) : undefined;
  const region = effectiveRegion(identity, members);
  const who = [
    identity.name.trim(),
    region ? regionLabel(region) : t('profile.noRegion'),
    t(`role.${identity.role}`),
  ];
  const sync = hub
    ? t('sync.endpointHub', { address: hub.url })
    : host.kind === 'browser'
      ? t('hub.localServedHint', { address: nodeAddress(host) })
      : t('hub.localDevice');
  const rows: [string, string][] = [
    [
      t('onboarding.summaryArea'),
      preset ? `${preset.name} · ${t('onboarding.presetMembers', { count: preset.members.length })}` : '',
    ],
    [t('onboarding.summaryYou'), who.join(' · ')],
    [t('onboarding.summarySync'), sync],
  ];
  return (
    <Stack component="dl" gap="sm" m={0}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
            {label}
          </Text>
          <Text component="dd" size="sm" fw={500} m={0}>
            {value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
