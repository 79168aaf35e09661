/**
 * The catalog view as a URL query, so that a view can be shared as a link and opening the link
 * restores it: search text and filters (shared/catalog/filters), the order (`urut`) and the layout
 * (`tampilan`). Values that do not parse fall back to the defaults, never to an error.
 */
import {
  type CatalogFilters,
  filtersFromQuery,
  filtersToQuery,
  NO_FILTERS,
} from '../../../shared/catalog/filters';
import { isSortKey, type SortKey } from './catalog-sort';

export type CatalogLayout = 'tabel' | 'kartu';

export interface CatalogViewQuery {
  filters: CatalogFilters;
  /** The order the person chose; null follows the default (relevance while searching, else name). */
  sort: SortKey | null;
  layout: CatalogLayout;
}

export function readViewQuery(params: URLSearchParams): CatalogViewQuery {
  const sort = params.get('urut');
  return {
    filters: filtersFromQuery(params),
    sort: isSortKey(sort) ? sort : null,
    layout: params.get('tampilan') === 'kartu' ? 'kartu' : 'tabel',
  };
}

/** The query for a view, leaving out defaults so links stay short. */
export function writeViewQuery(view: CatalogViewQuery): URLSearchParams {
  const params = new URLSearchParams(filtersToQuery(view.filters));
  if (view.sort !== null) params.set('urut', view.sort);
  if (view.layout === 'kartu') params.set('tampilan', 'kartu');
  return params;
}

/** One filter value as a chip shows it; `field` names the filter it belongs to. */
export type FilterValue =
  | { field: 'regions' | 'groups' | 'dimensions' | 'urusan'; value: string }
  | { field: 'stages'; value: CatalogFilters['stages'][number] }
  | { field: 'forms'; value: CatalogFilters['forms'][number] }
  | { field: 'status'; value: CatalogFilters['status'][number] }
  | { field: 'digital'; value: 'ya' | 'tidak' }
  | { field: 'beingReplicated'; value: '1' };

/** Every set filter value, in the order the filter panel lists the filters. */
export function activeFilterValues(filters: CatalogFilters): FilterValue[] {
  const values: FilterValue[] = [];
  for (const field of ['regions', 'groups', 'dimensions'] as const) {
    for (const value of filters[field]) values.push({ field, value });
  }
  for (const value of filters.stages) values.push({ field: 'stages', value });
  if (filters.digital !== null) values.push({ field: 'digital', value: filters.digital });
  for (const value of filters.forms) values.push({ field: 'forms', value });
  for (const value of filters.urusan) values.push({ field: 'urusan', value });
  for (const value of filters.status) values.push({ field: 'status', value });
  if (filters.beingReplicated) values.push({ field: 'beingReplicated', value: '1' });
  return values;
}

export function withoutFilterValue(filters: CatalogFilters, item: FilterValue): CatalogFilters {
  switch (item.field) {
    case 'digital':
      return { ...filters, digital: null };
    case 'beingReplicated':
      return { ...filters, beingReplicated: false };
    case 'stages':
      return { ...filters, stages: filters.stages.filter((value) => value !== item.value) };
    case 'forms':
      return { ...filters, forms: filters.forms.filter((value) => value !== item.value) };
    case 'status':
      return { ...filters, status: filters.status.filter((value) => value !== item.value) };
    case 'regions':
      return { ...filters, regions: filters.regions.filter((value) => value !== item.value) };
    case 'groups':
      return { ...filters, groups: filters.groups.filter((value) => value !== item.value) };
    case 'dimensions':
      return { ...filters, dimensions: filters.dimensions.filter((value) => value !== item.value) };
    case 'urusan':
      return { ...filters, urusan: filters.urusan.filter((value) => value !== item.value) };
  }
}

/** Filters without any value set, keeping the search text. */
export function clearedFilters(filters: CatalogFilters): CatalogFilters {
  return { ...NO_FILTERS, q: filters.q };
}
