import { describe, expect, it } from 'vitest';
import {
  type CatalogFilters,
  type FilterContext,
  filtersFromQuery,
  filtersToQuery,
  matchesFilters,
  NO_FILTERS,
} from '../../shared/catalog/filters.js';
import { generateArea } from '../../shared/model/demo/index.js';
import { type Innovation, readInnovations } from '../../shared/model/innovation.js';

const { regions } = generateArea('demo');
const catalog: Innovation[] = [...regions].flatMap(([code, ydoc]) =>
  readInnovations(ydoc, code, code, () => undefined),
);
const context: FilterContext = {
  groups: new Map([['purwomanggung', ['33.06', '33.07', '33.71', '33.08', '33.23']]]),
  replicated: new Set(catalog.slice(0, 3).map((i) => `${i.regionCode}/${i.id}`)),
};
const filtered = (filters: Partial<CatalogFilters>) =>
  catalog.filter((i) => matchesFilters(i, { ...NO_FILTERS, ...filters }, context));

describe('catalog filters', () => {
  it('round-trip through the URL, leaving unset filters out', () => {
    const filters: CatalogFilters = {
      ...NO_FILTERS,
      q: 'posyandu',
      dimensions: ['living', 'society'],
      regions: ['33.10'],
      stages: ['penerapan'],
      digital: 'ya',
      beingReplicated: true,
    };
    const query = new URLSearchParams(filtersToQuery(filters));
    expect(query.toString()).toBe(
      'q=posyandu&dimensions=living&dimensions=society&regions=33.10&stages=penerapan&digital=ya&direplikasi=1',
    );
    expect(filtersFromQuery(query)).toEqual(filters);
    expect(filtersToQuery(NO_FILTERS)).toEqual([]);
  });

  it('drops values a hand-edited link gets wrong, keeping the good ones', () => {
    const query = new URLSearchParams(
      'regions=33.10&regions=../../etc&stages=selesai&stages=ujiCoba&digital=mungkin&direplikasi=yes',
    );
    expect(filtersFromQuery(query)).toEqual({ ...NO_FILTERS, regions: ['33.10'], stages: ['ujiCoba'] });
  });

  it('combines filters with AND, values within one filter with OR', () => {
    const living = filtered({ dimensions: ['living'] });
    expect(living.length).toBeGreaterThan(0);
    expect(living.every((i) => i.dimensions.includes('living'))).toBe(true);
    const livingOrSociety = filtered({ dimensions: ['living', 'society'] });
    expect(livingOrSociety.length).toBeGreaterThanOrEqual(living.length);
    const livingDigital = filtered({ dimensions: ['living'], digital: 'ya' });
    expect(livingDigital.every((i) => i.digital && i.dimensions.includes('living'))).toBe(true);
    expect(livingDigital.length).toBeLessThanOrEqual(living.length);
  });

  it('filters by sub-area group and by being replicated', () => {
    const purwomanggung = filtered({ groups: ['purwomanggung'] });
    expect(purwomanggung.length).toBeGreaterThan(0);
    expect(new Set(purwomanggung.map((i) => i.regionCode))).toEqual(
      new Set(['33.06', '33.07', '33.71', '33.08', '33.23']),
    );
    expect(filtered({ beingReplicated: true })).toHaveLength(3);
    expect(filtered({ groups: ['tidak-ada'] })).toEqual([]);
  });
});
