/**
 * Above the list: the page title with what one can do with the catalog (import, export, add), then
 * the controls for what is shown (search, filters, order, layout).
 */
import {
  Badge,
  Button,
  CloseButton,
  Group,
  NativeSelect,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconAdjustmentsHorizontal,
  IconArrowsSort,
  IconCards,
  IconPlus,
  IconSearch,
  IconTable,
} from '@tabler/icons-react';
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogEntry } from '../data/catalog-store';
import classes from './catalog.module.css';
import { SORT_KEYS, type SortKey } from './catalog-sort';
import type { CatalogLayout } from './catalog-url';
import { ExportMenu } from './ExportMenu';
import { ImportInnovations } from './ImportInnovations';

/** Memoised: the search box re-renders the page on every keystroke, this only when the results change. */
export const CatalogHeader = memo(function CatalogHeader({
  canAdd,
  entries,
}: {
  canAdd: boolean;
  entries: readonly CatalogEntry[];
}) {
  const { t } = useTranslation();
  return (
    <div className={classes.heading}>
      <div className={classes.headingText}>
        <Title order={1} size="h2">
          {t('nav.catalog')}
        </Title>
        <Text size="sm" c="dimmed" visibleFrom="sm">
          {t('catalog.subtitle')}
        </Text>
      </div>
      <Group gap="xs" wrap="wrap">
        <ImportInnovations />
        <ExportMenu entries={entries} />
        {canAdd && (
          <Button component={Link} to="/katalog/baru" leftSection={<IconPlus size={18} />}>
            {t('catalog.add')}
          </Button>
        )}
      </Group>
    </div>
  );
});

const LAYOUTS = [
  { value: 'tabel', icon: IconTable },
  { value: 'kartu', icon: IconCards },
] as const satisfies readonly { value: CatalogLayout; icon: typeof IconTable }[];

export interface CatalogToolbarProps {
  text: string;
  onTextChange: (text: string) => void;
  onSearchBlur: () => void;
  searchRef: Ref<HTMLInputElement>;
  filterCount: number;
  onOpenFilters: () => void;
  sort: SortKey;
  onSortChange: (sort: SortKey) => void;
  searching: boolean;
  layout: CatalogLayout;
  onLayoutChange: (layout: CatalogLayout) => void;
  /** Phones always get cards: no layout choice there. */
  showLayoutChoice: boolean;
}

/** Memoised too: the deferred results render leaves the search box's props as they were. */
export const CatalogToolbar = memo(function CatalogToolbar({
  text,
  onTextChange,
  onSearchBlur,
  searchRef,
  filterCount,
  onOpenFilters,
  sort,
  onSortChange,
  searching,
  layout,
  onLayoutChange,
  showLayoutChoice,
}: CatalogToolbarProps) {
  const { t } = useTranslation();
  const sortOptions = SORT_KEYS.filter((key) => key !== 'relevansi' || searching).map((key) => ({
    value: key,
    label: t(`catalog.sort.${key}`),
  }));
  return (
    <Group gap="sm" wrap="wrap" align="center">
      <TextInput
        ref={searchRef}
        style={{ flex: '1 1 14rem' }}
        value={text}
        onChange={(event) => onTextChange(event.currentTarget.value)}
        onBlur={onSearchBlur}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text !== '') {
            event.preventDefault();
            onTextChange('');
          }
        }}
        placeholder={t('catalog.search.placeholder')}
        aria-label={t('catalog.search.label')}
        data-testid="catalog-search"
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={
          text === '' ? null : (
            <CloseButton size="sm" aria-label={t('catalog.search.clear')} onClick={() => onTextChange('')} />
          )
        }
      />
      <Group gap="sm" wrap="nowrap">
        <Button
          variant={filterCount > 0 ? 'light' : 'default'}
          leftSection={<IconAdjustmentsHorizontal size={18} />}
          rightSection={
            filterCount > 0 ? (
              <Badge size="sm" circle aria-hidden>
                {filterCount}
              </Badge>
            ) : null
          }
          onClick={onOpenFilters}
        >
          {t('catalog.filter.open')}
          {filterCount > 0 && (
            <VisuallyHidden>{t('catalog.filter.activeCount', { count: filterCount })}</VisuallyHidden>
          )}
        </Button>
        <NativeSelect
          aria-label={t('catalog.sort.label')}
          data={sortOptions}
          value={sort}
          onChange={(event) => {
            const value = SORT_KEYS.find((key) => key === event.currentTarget.value);
            if (value) onSortChange(value);
          }}
          leftSection={<IconArrowsSort size={18} aria-hidden />}
          title={t('catalog.sort.label')}
          w={200}
        />
        {showLayoutChoice && (
          // Two toggle buttons rather than a segmented control: its sliding indicator measures the
          // layout on every change of the page, which the search box changes on every keystroke.
          <fieldset className={classes.fieldset}>
            <VisuallyHidden component="legend">{t('catalog.view.label')}</VisuallyHidden>
            <Button.Group>
              {LAYOUTS.map(({ value, icon: Icon }) => (
                <Button
                  key={value}
                  variant={layout === value ? 'light' : 'default'}
                  aria-pressed={layout === value}
                  leftSection={<Icon size={16} aria-hidden />}
                  onClick={() => onLayoutChange(value)}
                >
                  {t(`catalog.view.${value}`)}
                </Button>
              ))}
            </Button.Group>
          </fieldset>
        )}
      </Group>
    </Group>
  );
});
