/**
 * The filter drawer: every filter of shared/catalog/filters, applied as it is set (the list behind
 * and the count on the button follow at once). Options come from the area (pillars, members, groups)
 * and, for urusan, from the data itself.
 */
import {
  Button,
  Chip,
  Drawer,
  Group,
  MultiSelect,
  SegmentedControl,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { memo, type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogFilters } from '../../../shared/catalog/filters';
import { InnovationForm, InnovationStage, InnovationStatus } from '../../../shared/model/innovation';
import { useArea, useCatalog } from '../app/hooks';
import classes from './catalog.module.css';
import { compareText } from './catalog-sort';
import { clearedFilters } from './catalog-url';
import { useInnovationLabels } from './use-innovation-labels';

export interface CatalogFilterPanelProps {
  opened: boolean;
  onClose: () => void;
  filters: CatalogFilters;
  onChange: (filters: CatalogFilters) => void;
  /** Entries the current search and filters leave. */
  shown: number;
  /** Phones get the drawer over the whole screen. */
  fullScreen: boolean;
}

export const CatalogFilterPanel = memo(function CatalogFilterPanel({
  opened,
  onClose,
  filters,
  onChange,
  shown,
  fullScreen,
}: CatalogFilterPanelProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={fullScreen ? '100%' : 'md'}
      title={<Text fw={650}>{t('catalog.filter.title')}</Text>}
      closeButtonProps={{ 'aria-label': t('catalog.filter.close') }}
    >
      <FilterFields filters={filters} onChange={onChange} />
      <div className={classes.drawerFooter} data-stacked={fullScreen || undefined}>
        <Button variant="subtle" onClick={() => onChange(clearedFilters(filters))}>
          {t('catalog.filter.clearAll')}
        </Button>
        <Button onClick={onClose}>{t('catalog.filter.show', { count: shown })}</Button>
      </div>
    </Drawer>
  );
});

function FilterFields({
  filters,
  onChange,
}: {
  filters: CatalogFilters;
  onChange: (filters: CatalogFilters) => void;
}) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const area = useArea();
  const { entries } = useCatalog();
  const set = (change: Partial<CatalogFilters>) => onChange({ ...filters, ...change });

  const regionOptions = useMemo(
    () =>
      area.members
        .map((member) => ({ value: member.code, label: member.displayName }))
        .sort((a, b) => compareText(a.label, b.label)),
    [area.members],
  );
  // Urusan is free text in the data: offer what the entries actually use.
  const urusanOptions = useMemo(() => {
    const all = new Set<string>();
    for (const { innovation } of entries) {
      all.add(innovation.urusan);
      for (const irisan of innovation.urusanIrisan) all.add(irisan);
    }
    return [...all].sort(compareText);
  }, [entries]);

  return (
    <Stack gap="lg">
      <MultiSelect
        label={t('catalog.filter.regions')}
        placeholder={filters.regions.length === 0 ? t('catalog.filter.regionsPlaceholder') : undefined}
        data={regionOptions}
        value={filters.regions}
        onChange={(regions) => set({ regions })}
        searchable
        clearable
        hidePickedOptions
        comboboxProps={{ zIndex: 400 }}
      />
      {area.groups.length > 0 && (
        <ChipSection label={t('catalog.filter.groups')}>
          <Chip.Group multiple value={filters.groups} onChange={(groups) => set({ groups })}>
            {area.groups.map((group) => (
              <Chip key={group.id} value={group.id} size="sm">
                {group.name}
              </Chip>
            ))}
          </Chip.Group>
        </ChipSection>
      )}
      <ChipSection label={t('catalog.filter.dimensions')}>
        <Chip.Group multiple value={filters.dimensions} onChange={(dimensions) => set({ dimensions })}>
          {area.pillars.map((pillar) => (
            <Chip key={pillar.id} value={pillar.id} size="sm">
              {pillar.name}
            </Chip>
          ))}
        </Chip.Group>
      </ChipSection>
      <ChipSection label={t('catalog.filter.stages')}>
        <Chip.Group multiple value={filters.stages} onChange={(stages) => set({ stages })}>
          {InnovationStage.options.map((stage) => (
            <Chip key={stage} value={stage} size="sm">
              {labels.stage[stage]}
            </Chip>
          ))}
        </Chip.Group>
      </ChipSection>
      <FieldGroup label={t('catalog.filter.digital')}>
        <SegmentedControl
          fullWidth
          value={filters.digital ?? 'semua'}
          onChange={(value) => set({ digital: value === 'ya' || value === 'tidak' ? value : null })}
          data={[
            { value: 'semua', label: t('catalog.filter.digitalAll') },
            { value: 'ya', label: labels.digital.yes },
            { value: 'tidak', label: labels.digital.no },
          ]}
        />
      </FieldGroup>
      <ChipSection label={t('catalog.filter.forms')}>
        <Chip.Group multiple value={filters.forms} onChange={(forms) => set({ forms })}>
          {InnovationForm.options.map((form) => (
            <Chip key={form} value={form} size="sm">
              {labels.form[form]}
            </Chip>
          ))}
        </Chip.Group>
      </ChipSection>
      <MultiSelect
        label={t('catalog.filter.urusan')}
        placeholder={filters.urusan.length === 0 ? t('catalog.filter.urusanPlaceholder') : undefined}
        data={urusanOptions}
        value={filters.urusan}
        onChange={(urusan) => set({ urusan })}
        searchable
        clearable
        hidePickedOptions
        comboboxProps={{ zIndex: 400 }}
      />
      <ChipSection label={t('catalog.filter.status')}>
        <Chip.Group multiple value={filters.status} onChange={(status) => set({ status })}>
          {InnovationStatus.options.map((status) => (
            <Chip key={status} value={status} size="sm">
              {labels.status[status]}
            </Chip>
          ))}
        </Chip.Group>
      </ChipSection>
      <Switch
        label={t('catalog.filter.beingReplicated')}
        checked={filters.beingReplicated}
        onChange={(event) => set({ beingReplicated: event.currentTarget.checked })}
      />
    </Stack>
  );
}

/** A titled group of controls: a fieldset, so the title names the group for screen readers too. */
function FieldGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <fieldset className={classes.fieldset}>
      <Text component="legend" size="sm" fw={600} mb={6}>
        {label}
      </Text>
      {children}
    </fieldset>
  );
}

function ChipSection({ label, children }: { label: string; children: ReactNode }) {
  return (
    <FieldGroup label={label}>
      <Group gap={6}>{children}</Group>
    </FieldGroup>
  );
}
