/**
 * "Your region": one of the area's members, or explicitly none (people from Kominfo, facilitators).
 * `undefined` is "not chosen yet", `null` is "chose none": the form needs to tell them apart.
 */
import { Select } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { regionFilter, regionGroups } from './region-options';

/** Option value of "no region": not a region code, so it cannot collide with one. */
const NO_REGION = 'none';

export interface RegionSelectProps {
  members: readonly string[];
  value: string | null | undefined;
  onChange: (region: string | null) => void;
  error?: ReactNode;
  required?: boolean;
}

export function RegionSelect({ members, value, onChange, error, required = false }: RegionSelectProps) {
  const { t } = useTranslation();
  const data = useMemo(
    () => [{ value: NO_REGION, label: t('profile.noRegion') }, ...regionGroups(members)],
    [members, t],
  );
  const selected = value === undefined ? null : value === null ? NO_REGION : value;
  return (
    <Select
      label={t('profile.region')}
      placeholder={t('profile.regionPlaceholder')}
      data={data}
      value={selected}
      onChange={(next) => {
        if (next !== null) onChange(next === NO_REGION ? null : next);
      }}
      searchable
      allowDeselect={false}
      filter={regionFilter}
      nothingFoundMessage={t('profile.nothingFound')}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
      error={error}
      withAsterisk={required}
    />
  );
}
