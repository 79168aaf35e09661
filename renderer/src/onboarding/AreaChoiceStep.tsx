/**
 * Which area this device works in: a ready-made one (KSPN Borobudur), or one the person defines by
 * name and member regions. The custom area's id is derived from its name, so two people who type the
 * same name on two devices end up in the same documents.
 */
import { MultiSelect, Radio, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AREA_PRESETS, type AreaPreset } from '../../../shared/model/presets';
import { regencies } from '../../../shared/regions/index';
import { AreaChoice } from '../data/profile';
import { ChoiceCard } from './ChoiceCard';
import { regionFilter, regionGroups } from './region-options';

/** Radio value of "Kawasan lain"; preset ids are slugs and never contain a colon. */
const CUSTOM = ':custom';

export interface AreaDraft {
  /** A preset id, or CUSTOM. */
  selection: string;
  customName: string;
  customMembers: string[];
}

export interface AreaErrors {
  name?: 'onboarding.errorAreaName';
  members?: 'onboarding.errorAreaMembers';
}

export function initialAreaDraft(): AreaDraft {
  return { selection: AREA_PRESETS[0]?.id ?? CUSTOM, customName: '', customMembers: [] };
}

/** "Kawasan Solo Raya" → "kawasan-solo-raya": lower-case ASCII letters, digits and dashes. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

export function areaChoiceOf(draft: AreaDraft): { choice: AreaChoice } | { errors: AreaErrors } {
  if (draft.selection !== CUSTOM) return { choice: { kind: 'preset', presetId: draft.selection } };
  const errors: AreaErrors = {};
  const candidate = {
    kind: 'custom' as const,
    id: slugOf(draft.customName),
    name: draft.customName.trim(),
    members: draft.customMembers,
  };
  const parsed = AreaChoice.safeParse(candidate);
  if (candidate.members.length === 0) errors.members = 'onboarding.errorAreaMembers';
  if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] !== 'members'))
    errors.name = 'onboarding.errorAreaName';
  return parsed.success && Object.keys(errors).length === 0 ? { choice: parsed.data } : { errors };
}

/** Member codes of what the draft currently names (for the region list of the next step). */
export function draftMembers(draft: AreaDraft): readonly string[] {
  if (draft.selection === CUSTOM) return draft.customMembers;
  return AREA_PRESETS.find((preset) => preset.id === draft.selection)?.members ?? [];
}

function usePresetDescription() {
  const { t } = useTranslation();
  return (preset: AreaPreset) =>
    preset.id === 'kspn-borobudur'
      ? t('onboarding.presetKspnBorobudur')
      : t('onboarding.presetMembers', { count: preset.members.length });
}

export interface AreaChoiceStepProps {
  value: AreaDraft;
  onChange: (draft: AreaDraft) => void;
  errors: AreaErrors | null;
}

export function AreaChoiceStep({ value, onChange, errors }: AreaChoiceStepProps) {
  const { t } = useTranslation();
  const describe = usePresetDescription();
  const allRegions = useMemo(() => regionGroups(regencies.map((regency) => regency.code)), []);
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('onboarding.areaChoice')}
        value={value.selection}
        onChange={(selection) => onChange({ ...value, selection })}
      >
        <Stack gap="sm" mt="xs">
          {AREA_PRESETS.map((preset) => (
            <ChoiceCard
              key={preset.id}
              value={preset.id}
              title={preset.name}
              description={describe(preset)}
            />
          ))}
          <ChoiceCard
            value={CUSTOM}
            title={t('onboarding.customArea')}
            description={t('onboarding.customAreaHint')}
          />
        </Stack>
      </Radio.Group>
      {value.selection === CUSTOM && (
        <Stack gap="sm">
          <TextInput
            label={t('onboarding.customName')}
            placeholder={t('onboarding.customNamePlaceholder')}
            value={value.customName}
            onChange={(event) => onChange({ ...value, customName: event.currentTarget.value })}
            error={errors?.name && t(errors.name)}
            maxLength={80}
            required
          />
          <MultiSelect
            label={t('onboarding.customMembers')}
            placeholder={
              value.customMembers.length === 0 ? t('onboarding.customMembersPlaceholder') : undefined
            }
            description={t('onboarding.customMembersCount', { count: value.customMembers.length })}
            data={allRegions}
            value={value.customMembers}
            onChange={(customMembers) => onChange({ ...value, customMembers })}
            searchable
            filter={regionFilter}
            nothingFoundMessage={t('profile.nothingFound')}
            maxDropdownHeight={280}
            hidePickedOptions
            error={errors?.members && t(errors.members)}
            required
          />
        </Stack>
      )}
    </Stack>
  );
}
