/**
 * The innovation catalog: every innovation of the area, searchable as one types, filtered and
 * ordered, as a table or as cards — the place where regions find each other's work to replicate.
 * The whole view lives in the URL, so a link to it opens the same list.
 */
import { useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useRef, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../app/session';
import { ActiveFilters } from './ActiveFilters';
import { CatalogCards } from './CatalogCards';
import { CatalogLoading, EmptyCatalog, NoMatches } from './CatalogEmpty';
import { CatalogFilterPanel } from './CatalogFilterPanel';
import { CatalogTable } from './CatalogTable';
import { CatalogHeader, CatalogToolbar } from './CatalogToolbar';
import classes from './catalog.module.css';
import { useCatalogView } from './use-catalog-view';
import { useRowContext } from './use-row-context';

/** Mantine's `sm` breakpoint: below it the navigation is a drawer and the list shows cards. */
const WIDE_QUERY = '(min-width: 48em)';

export function CatalogPage() {
  const { profile, workspace } = useSession();
  const view = useCatalogView();
  const context = useRowContext();
  const loaded = useSyncExternalStore(workspace.subscribe, () => workspace.loaded());
  const wide = useMediaQuery(WIDE_QUERY, true, { getInitialValueInEffect: false });
  const layout = wide ? view.layout : 'kartu';
  const [filtersOpen, filterPanel] = useDisclosure(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const canAdd = profile.role === 'regionEditor' && profile.region !== null;

  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ...(canAdd ? [['n', () => navigate('/katalog/baru')] as [string, () => void]] : []),
  ]);

  const shown = view.results.length;

  let list: ReactNode;
  if (view.total === 0) list = loaded ? <EmptyCatalog canAdd={canAdd} /> : <CatalogLoading />;
  else if (shown === 0) list = <NoMatches onReset={view.resetAll} />;
  else if (layout === 'tabel')
    list = <CatalogTable entries={view.results} context={context} resetKey={view.queryKey} />;
  else list = <CatalogCards entries={view.results} context={context} resetKey={view.queryKey} />;

  return (
    <div className={classes.page}>
      <CatalogHeader canAdd={canAdd} entries={view.results} />
      <CatalogToolbar
        text={view.text}
        onTextChange={view.setText}
        onSearchBlur={view.flushText}
        searchRef={searchRef}
        filterCount={view.filterCount}
        onOpenFilters={filterPanel.open}
        sort={view.sort}
        onSortChange={view.setSort}
        searching={view.searching}
        layout={layout}
        onLayoutChange={view.setLayout}
        showLayoutChoice={wide}
      />
      <ActiveFilters
        shown={shown}
        total={view.total}
        filters={view.filters}
        onChange={view.setFilters}
        onClear={view.clearFilters}
      />
      <div className={classes.listArea}>{list}</div>
      <CatalogFilterPanel
        opened={filtersOpen}
        onClose={filterPanel.close}
        filters={view.filters}
        onChange={view.setFilters}
        shown={shown}
        fullScreen={!wide}
      />
    </div>
  );
}
