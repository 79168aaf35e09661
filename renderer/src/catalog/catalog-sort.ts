/**
 * The orders the catalog can be shown in, and the pick of entries a search and filters leave.
 *
 * Sorting 15,000 entries with a collator takes tens of milliseconds, too slow for every keystroke.
 * Each order is therefore computed once per catalog snapshot (cached by the entries array) and a
 * keystroke only walks the ready order, keeping the entries that match: linear, no comparisons.
 */
import type { CatalogEntry } from '../data/catalog-store';

/** URL values of `urut`; `relevansi` only means something while a search query is active. */
export const SORT_KEYS = ['relevansi', 'nama', 'wilayah', 'tahap', 'terbaru'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type StableSortKey = Exclude<SortKey, 'relevansi'>;

export function isSortKey(value: string | null): value is SortKey {
  return value !== null && (SORT_KEYS as readonly string[]).includes(value);
}

/** The order in effect: what the person chose, else relevance while searching, else by name. */
export function effectiveSort(chosen: SortKey | null, searching: boolean): SortKey {
  if (chosen === 'relevansi' || chosen === null) return searching ? 'relevansi' : 'nama';
  return chosen;
}

/** One collator for every comparison: `localeCompare` builds one per call. */
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Furthest along first: an innovation in use is the one other regions can learn most from. */
const STAGE_RANK: Readonly<Record<CatalogEntry['innovation']['stage'], number>> = {
  penerapan: 0,
  ujiCoba: 1,
  inisiatif: 2,
};

function byName(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return [...entries].sort(
    (a, b) =>
      collator.compare(a.innovation.name, b.innovation.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The other orders tie-break on the name order, through its rank (a number compare, no collator). */
function sorted(
  entries: readonly CatalogEntry[],
  sort: StableSortKey,
  named: CatalogEntry[],
): CatalogEntry[] {
  if (sort === 'nama') return named;
  const rank = new Map(named.map((entry, index) => [entry, index]));
  const tie = (a: CatalogEntry, b: CatalogEntry) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  const copy = [...entries];
  switch (sort) {
    case 'wilayah': {
      // Few distinct region names: compare each pair of names once, then reuse the result as a rank.
      const regions = [...new Set(entries.map((entry) => entry.regionName))].sort(compareText);
      const regionRank = new Map(regions.map((name, index) => [name, index]));
      return copy.sort(
        (a, b) => (regionRank.get(a.regionName) ?? 0) - (regionRank.get(b.regionName) ?? 0) || tie(a, b),
      );
    }
    case 'tahap':
      return copy.sort(
        (a, b) => STAGE_RANK[a.innovation.stage] - STAGE_RANK[b.innovation.stage] || tie(a, b),
      );
    case 'terbaru':
      // ISO timestamps in UTC order as strings; newest first.
      return copy.sort((a, b) => {
        const at = a.innovation.updated.at;
        const bt = b.innovation.updated.at;
        return at < bt ? 1 : at > bt ? -1 : tie(a, b);
      });
  }
}

const orders = new WeakMap<readonly CatalogEntry[], Map<StableSortKey, CatalogEntry[]>>();

/** `entries` in the given order; the same array for the same snapshot, so views can memoise on it. */
export function orderedEntries(
  entries: readonly CatalogEntry[],
  sort: StableSortKey,
): readonly CatalogEntry[] {
  let cache = orders.get(entries);
  if (!cache) {
    cache = new Map();
    orders.set(entries, cache);
  }
  const cached = cache.get(sort);
  if (cached) return cached;
  let named = cache.get('nama');
  if (!named) {
    named = byName(entries);
    cache.set('nama', named);
  }
  const result = sorted(entries, sort, named);
  cache.set(sort, result);
  return result;
}

export interface Selection {
  /** Search hits as key → score, best first; null when no search is active. */
  hits: ReadonlyMap<string, number> | null;
  /** The filter test; null when no filter is set. */
  test: ((entry: CatalogEntry) => boolean) | null;
}

/**
 * The entries to show, in order. Unsearched and unfiltered, that is the cached order itself (no copy).
 * Sorted by relevance, the hits' own order is kept.
 */
export function selectEntries(
  entries: readonly CatalogEntry[],
  byKey: ReadonlyMap<string, CatalogEntry>,
  sort: SortKey,
  { hits, test }: Selection,
): readonly CatalogEntry[] {
  if (hits !== null && sort === 'relevansi') {
    const out: CatalogEntry[] = [];
    for (const key of hits.keys()) {
      const entry = byKey.get(key);
      if (entry && (test === null || test(entry))) out.push(entry);
    }
    return out;
  }
  const ordered = orderedEntries(entries, sort === 'relevansi' ? 'nama' : sort);
  if (hits === null && test === null) return ordered;
  return ordered.filter((entry) => (hits === null || hits.has(entry.key)) && (test === null || test(entry)));
}
