/**
 * Name, region and role: the identity every change is stamped with. The same fields on first start
 * and in the settings, with the same rules.
 */
import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/model/identity';
import { RegionSelect } from './RegionSelect';
import { RoleChoice } from './RoleChoice';

export interface IdentityDraft {
  name: string;
  /** undefined: not chosen yet; null: no region. */
  region: string | null | undefined;
  role: Role;
}

export interface IdentityErrors {
  name?: 'profile.errorName';
  region?: 'profile.errorRegionForEditor';
}

/** The region as it counts for `members`: a region outside the area (area changed since) is unchosen. */
export function effectiveRegion(draft: IdentityDraft, members: readonly string[]): string | null | undefined {
  if (typeof draft.region === 'string' && !members.includes(draft.region)) return undefined;
  return draft.region;
}

export function identityErrors(draft: IdentityDraft, members: readonly string[]): IdentityErrors {
  const errors: IdentityErrors = {};
  if (draft.name.trim() === '') errors.name = 'profile.errorName';
  // Only a region's editor may write its document: without a region the role would be useless.
  if (draft.role === 'regionEditor' && typeof effectiveRegion(draft, members) !== 'string')
    errors.region = 'profile.errorRegionForEditor';
  return errors;
}

export function hasErrors(errors: object): boolean {
  return Object.keys(errors).length > 0;
}

export interface ProfileFieldsProps {
  members: readonly string[];
  value: IdentityDraft;
  onChange: (draft: IdentityDraft) => void;
  /** Shown once the person tried to go on; before that an empty field is not yet a mistake. */
  errors: IdentityErrors | null;
}

export function ProfileFields({ members, value, onChange, errors }: ProfileFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <RegionSelect
        members={members}
        value={effectiveRegion(value, members)}
        onChange={(region) => onChange({ ...value, region })}
        error={errors?.region && t(errors.region)}
        required={value.role === 'regionEditor'}
      />
      <TextInput
        label={t('profile.name')}
        placeholder={t('profile.namePlaceholder')}
        value={value.name}
        onChange={(event) => onChange({ ...value, name: event.currentTarget.value })}
        error={errors?.name && t(errors.name)}
        maxLength={120}
        autoComplete="name"
        required
      />
      <RoleChoice value={value.role} onChange={(role) => onChange({ ...value, role })} />
    </Stack>
  );
}
