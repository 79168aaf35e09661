/**
 * The state of the catalog screen: what the URL says (filters, order, layout, search text) and the
 * entries that follow from it.
 *
 * The search box keeps its own text and answers every keystroke at once; the results follow one
 * deferred render later (so typing never waits for a long list), and the URL — the shareable form
 * of the view — follows once typing pauses. Router updates run as transitions, so a search box bound
 * to the URL directly would lag behind the keyboard; and browsers throttle history writes made on
 * every keystroke.
 */
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import {
  type CatalogFilters,
  type FilterContext,
  filtersToQuery,
  matchesFilters,
} from '../../../shared/catalog/filters';
import { foldText, MIN_QUERY_LENGTH } from '../../../shared/catalog/search';
import { useArea, useCatalog } from '../app/hooks';
import { useSession } from '../app/session';
import type { CatalogEntry } from '../data/catalog-store';
import { effectiveSort, type SortKey, selectEntries } from './catalog-sort';
import {
  activeFilterValues,
  type CatalogLayout,
  type CatalogViewQuery,
  clearedFilters,
  readViewQuery,
  writeViewQuery,
} from './catalog-url';

/** Long enough to skip the middle of a word, short enough that a link copied right after typing has it. */
const URL_WRITE_DELAY_MS = 300;

export interface CatalogView {
  /** The search box's text (current, not deferred). */
  text: string;
  setText: (text: string) => void;
  /** Puts the search text into the URL now rather than after the typing pause. */
  flushText: () => void;
  filters: CatalogFilters;
  setFilters: (filters: CatalogFilters) => void;
  /** Clears the filters, keeping the search text. */
  clearFilters: () => void;
  /** Clears the search text and every filter. */
  resetAll: () => void;
  filterCount: number;
  /** The order in effect (the chosen one, or the default). */
  sort: SortKey;
  setSort: (sort: SortKey) => void;
  layout: CatalogLayout;
  setLayout: (layout: CatalogLayout) => void;
  /** A query long enough to search is in effect. */
  searching: boolean;
  /** The entries to show, in order. */
  results: readonly CatalogEntry[];
  /** Changes exactly when the person changes what is listed (search, filters, order), with the results. */
  queryKey: string;
  total: number;
}

/** The path the browser shows now; the router's own location follows only once a navigation renders. */
function browserPath(): string {
  const { hash, pathname } = window.location;
  return hash.startsWith('#/') ? (hash.slice(1).split('?')[0] ?? '') : pathname;
}

export function isSearchable(text: string): boolean {
  return foldText(text).trim().length >= MIN_QUERY_LENGTH;
}

/** The filter test's context: group members from the area, innovations with replication plans. */
function useFilterContext(): FilterContext {
  const area = useArea();
  const { replications } = useCatalog();
  const groups = useMemo(
    () => new Map(area.groups.map((group) => [group.id, group.members] as const)),
    [area.groups],
  );
  const replicated = useMemo(() => new Set(replications.keys()), [replications]);
  return useMemo(() => ({ groups, replicated }), [groups, replicated]);
}

export function useCatalogView(): CatalogView {
  const { catalog } = useSession();
  const snapshot = useCatalog();
  const context = useFilterContext();
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const query = useMemo(() => readViewQuery(params), [params]);

  const [text, setTextState] = useState(query.filters.q);
  /** The latest of everything a delayed or stable callback needs, refreshed after each render. */
  const latest = useRef({ query, setParams, text, pathname });
  useLayoutEffect(() => {
    latest.current = { query, setParams, text, pathname };
  });
  /** The search text as last written to the URL: a different one there came from a link or navigation. */
  const written = useRef(query.filters.q);
  const timer = useRef<number | null>(null);

  useEffect(() => {
    if (query.filters.q === written.current) return;
    written.current = query.filters.q;
    setTextState(query.filters.q);
  }, [query.filters.q]);

  const cancelPendingWrite = useCallback(() => {
    if (timer.current === null) return;
    window.clearTimeout(timer.current);
    timer.current = null;
  }, []);
  // Leaving the page drops a pending write: it would navigate back here.
  useEffect(() => cancelPendingWrite, [cancelPendingWrite]);

  const write = useCallback(
    (next: CatalogViewQuery, q: string) => {
      cancelPendingWrite();
      const view = { ...next, filters: { ...next.filters, q } };
      // What reading the URL back will give: the query form trims the text.
      written.current = q.trim();
      latest.current.setParams(writeViewQuery(view), { replace: true });
    },
    [cancelPendingWrite],
  );

  const setText = useCallback(
    (value: string) => {
      setTextState(value);
      latest.current.text = value;
      cancelPendingWrite();
      timer.current = window.setTimeout(() => {
        timer.current = null;
        // A navigation that has begun but not rendered yet (a row opened) must not be undone.
        if (browserPath() === latest.current.pathname) write(latest.current.query, value);
      }, URL_WRITE_DELAY_MS);
    },
    [cancelPendingWrite, write],
  );
  /** Writes a pending search text now: leaving the search box is the moment a link may be copied or a row opened. */
  const flushText = useCallback(() => {
    if (timer.current === null) return;
    write(latest.current.query, latest.current.text);
  }, [write]);

  const setFilters = useCallback(
    (filters: CatalogFilters) => write({ ...latest.current.query, filters }, latest.current.text),
    [write],
  );
  const clearFilters = useCallback(
    () => setFilters(clearedFilters(latest.current.query.filters)),
    [setFilters],
  );
  const resetAll = useCallback(() => {
    setTextState('');
    latest.current.text = '';
    write({ ...latest.current.query, filters: clearedFilters(latest.current.query.filters) }, '');
  }, [write]);
  const setSort = useCallback(
    (sort: SortKey) => write({ ...latest.current.query, sort }, latest.current.text),
    [write],
  );
  const setLayout = useCallback(
    (layout: CatalogLayout) => write({ ...latest.current.query, layout }, latest.current.text),
    [write],
  );

  const deferredText = useDeferredValue(text);
  const searching = isSearchable(deferredText);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index changes with the snapshot's version.
  const hits = useMemo(() => {
    if (!searching) return null;
    const found = catalog.search(deferredText, Number.POSITIVE_INFINITY);
    return new Map(found.map((hit) => [hit.key, hit.score]));
  }, [catalog, deferredText, searching, snapshot.version]);

  // The search text in the URL lags behind the box; the filters proper change only when the person sets one.
  const filtersKey = JSON.stringify(filtersToQuery({ ...query.filters, q: '' }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: filtersKey is the filters' identity apart from `q`.
  const filters = useMemo(() => query.filters, [filtersKey]);
  const filterCount = useMemo(() => activeFilterValues(filters).length, [filters]);
  const test = useMemo(
    () =>
      filterCount === 0 ? null : (entry: CatalogEntry) => matchesFilters(entry.innovation, filters, context),
    [filterCount, filters, context],
  );
  const sort = effectiveSort(query.sort, searching);
  const results = useMemo(
    () => selectEntries(snapshot.entries, snapshot.byKey, sort, { hits, test }),
    [snapshot.entries, snapshot.byKey, sort, hits, test],
  );

  const queryKey = useMemo(
    () => JSON.stringify([searching ? deferredText.trim() : '', sort, filtersKey]),
    [searching, deferredText, sort, filtersKey],
  );

  return {
    queryKey,
    text,
    setText,
    flushText,
    filters,
    setFilters,
    clearFilters,
    resetAll,
    filterCount,
    sort,
    setSort,
    layout: query.layout,
    setLayout,
    searching,
    results,
    total: snapshot.entries.length,
  };
}
