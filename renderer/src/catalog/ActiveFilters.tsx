/**
 * How many innovations the view shows, and the filters that narrow it, each removable with one click;
 * "Hapus semua filter" once any is set.
 */
import { Button, Group, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogFilters } from '../../../shared/catalog/filters';
import { useArea } from '../app/hooks';
import { regionLabel } from '../data/catalog-store';
import { activeFilterValues, type FilterValue, withoutFilterValue } from './catalog-url';
import { type InnovationLabels, useInnovationLabels } from './use-innovation-labels';

export interface ActiveFiltersProps {
  shown: number;
  total: number;
  filters: CatalogFilters;
  onChange: (filters: CatalogFilters) => void;
  onClear: () => void;
}

export const ActiveFilters = memo(function ActiveFilters({
  shown,
  total,
  filters,
  onChange,
  onClear,
}: ActiveFiltersProps) {
  const { t } = useTranslation();
  const labels = useInnovationLabels();
  const area = useArea();
  const values = useMemo(() => activeFilterValues(filters), [filters]);
  const nameOf = useMemo(() => {
    const groups = new Map(area.groups.map((group) => [group.id, group.name]));
    const pillars = new Map(area.pillars.map((pillar) => [pillar.id, pillar.name]));
    const beingReplicated = t('catalog.filter.beingReplicatedChip');
    return (item: FilterValue) => filterValueLabel(item, { groups, pillars, labels, beingReplicated });
  }, [area.groups, area.pillars, labels, t]);

  return (
    <Group gap="xs" wrap="wrap" mih={28}>
      <Text size="sm" fw={600} role="status" data-testid="catalog-count" data-count={shown} mr="xs">
        {shown === total ? t('catalog.countAll', { total }) : t('catalog.count', { shown, total })}
      </Text>
      {values.length > 0 && (
        <Group gap={6} wrap="wrap" role="group" aria-label={t('catalog.filter.activeChips')}>
          {values.map((item) => {
            const label = nameOf(item);
            return (
              <Button
                key={`${item.field}:${item.value}`}
                size="compact-sm"
                variant="light"
                radius="xl"
                rightSection={<IconX size={14} aria-hidden />}
                aria-label={t('catalog.filter.remove', { label })}
                onClick={() => onChange(withoutFilterValue(filters, item))}
              >
                {label}
              </Button>
            );
          })}
          <Button size="compact-sm" variant="subtle" color="gray" onClick={onClear}>
            {t('catalog.filter.clearAll')}
          </Button>
        </Group>
      )}
    </Group>
  );
});

interface LabelSources {
  groups: ReadonlyMap<string, string>;
  pillars: ReadonlyMap<string, string>;
  labels: InnovationLabels;
  beingReplicated: string;
}

/** A filter value in words; an id the area no longer knows is shown as given (it came from a link). */
function filterValueLabel(item: FilterValue, sources: LabelSources): string {
  const { labels } = sources;
  switch (item.field) {
    case 'regions':
      return regionLabel(item.value);
    case 'groups':
      return sources.groups.get(item.value) ?? item.value;
    case 'dimensions':
      return sources.pillars.get(item.value) ?? item.value;
    case 'stages':
      return labels.stage[item.value];
    case 'forms':
      return labels.form[item.value];
    case 'status':
      return labels.status[item.value];
    case 'urusan':
      return item.value;
    case 'digital':
      return item.value === 'ya' ? labels.digital.yes : labels.digital.no;
    case 'beingReplicated':
      return sources.beingReplicated;
  }
}
