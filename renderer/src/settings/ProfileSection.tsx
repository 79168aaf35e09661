/** Name, region and role, with the same fields and rules as first start; saving rebuilds the session. */

import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea } from '../app/hooks';
import { useSession } from '../app/session';
import { Profile } from '../data/profile';
import {
  effectiveRegion,
  hasErrors,
  type IdentityDraft,
  identityErrors,
  ProfileFields,
} from '../onboarding/ProfileFields';
import { SettingsSection } from './SettingsSection';

export function ProfileSection() {
  const { t } = useTranslation();
  const { profile, updateProfile } = useSession();
  const area = useArea();
  const members = area.members.map((member) => member.code);
  const [draft, setDraft] = useState<IdentityDraft>(() => ({
    name: profile.name,
    region: profile.region,
    role: profile.role,
  }));
  const [tried, setTried] = useState(false);
  const errors = identityErrors(draft, members);
  const region = effectiveRegion(draft, members) ?? null;
  const changed =
    draft.name.trim() !== profile.name || region !== profile.region || draft.role !== profile.role;

  const save = () => {
    setTried(true);
    if (hasErrors(errors)) return;
    const parsed = Profile.safeParse({ ...profile, name: draft.name.trim(), region, role: draft.role });
    if (!parsed.success) {
      console.error('settings produced an invalid profile', parsed.error);
      notifications.show({
        color: 'red',
        message: t('onboarding.invalidProfile', { detail: parsed.error.message }),
      });
      return;
    }
    updateProfile(parsed.data);
    setTried(false);
    notifications.show({ color: 'teal', message: t('settings.profileSaved') });
  };

  return (
    <SettingsSection title={t('settings.profile')} hint={t('settings.profileHint')}>
      <ProfileFields members={members} value={draft} onChange={setDraft} errors={tried ? errors : null} />
      <Group justify="flex-end" gap="sm">
        <Button
          variant="default"
          disabled={!changed}
          onClick={() => {
            setDraft({ name: profile.name, region: profile.region, role: profile.role });
            setTried(false);
          }}
        >
          {t('settings.cancel')}
        </Button>
        <Button onClick={save} disabled={!changed}>
          {t('settings.save')}
        </Button>
      </Group>
    </SettingsSection>
  );
}
