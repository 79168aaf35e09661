import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  isSortKey,
  orderedEntries,
  selectEntries,
} from '../../renderer/src/catalog/catalog-sort.js';
import {
  activeFilterValues,
  clearedFilters,
  readViewQuery,
  withoutFilterValue,
  writeViewQuery,
} from '../../renderer/src/catalog/catalog-url.js';
import type { CatalogEntry } from '../../renderer/src/data/catalog-store.js';
import { NO_FILTERS } from '../../shared/catalog/filters.js';
import { generateArea } from '../../shared/model/demo/generate.js';
import { readInnovations } from '../../shared/model/innovation.js';

const demo = generateArea('demo');
const entries: CatalogEntry[] = [...demo.regions].flatMap(([code, doc]) =>
  readInnovations(doc, code, code, () => undefined).map((innovation) => ({
    key: `${code}/${innovation.id}`,
    innovation,
    regionName: `Region ${code}`,
  })),
);
const byKey = new Map(entries.map((entry) => [entry.key, entry]));
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

describe('catalog order', () => {
  it('is by name unless chosen; by relevance while searching, unless another order is chosen', () => {
    expect(effectiveSort(null, false)).toBe('nama');
    expect(effectiveSort(null, true)).toBe('relevansi');
    expect(effectiveSort('relevansi', false)).toBe('nama');
    expect(effectiveSort('wilayah', true)).toBe('wilayah');
    expect(isSortKey('terbaru')).toBe(true);
    expect(isSortKey('sembarang')).toBe(false);
  });

  it('sorts by name (Indonesian collation, case-insensitive), region, stage and last update', () => {
    const named = orderedEntries(entries, 'nama');
    expect(named).toHaveLength(entries.length);
    for (let i = 1; i < named.length; i++) {
      expect(
        collator.compare(named[i - 1]?.innovation.name ?? '', named[i]?.innovation.name ?? ''),
      ).toBeLessThanOrEqual(0);
    }
    const regions = orderedEntries(entries, 'wilayah').map((entry) => entry.regionName);
    expect(regions).toEqual([...regions].sort(collator.compare));
    const stages = orderedEntries(entries, 'tahap').map((entry) => entry.innovation.stage);
    expect(stages.indexOf('penerapan')).toBe(0);
    expect(stages.lastIndexOf('penerapan')).toBeLessThan(stages.indexOf('inisiatif'));
    const updated = orderedEntries(entries, 'terbaru').map((entry) => entry.innovation.updated.at);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it('computes each order once per snapshot', () => {
    expect(orderedEntries(entries, 'wilayah')).toBe(orderedEntries(entries, 'wilayah'));
    expect(orderedEntries([...entries], 'wilayah')).not.toBe(orderedEntries(entries, 'wilayah'));
  });
});

describe('catalog selection', () => {
  const [first, second, third] = orderedEntries(entries, 'nama');
  if (!first || !second || !third) throw new Error('demo set too small');

  it('hands back the ordered list itself when nothing narrows it', () => {
    expect(selectEntries(entries, byKey, 'nama', { hits: null, test: null })).toBe(
      orderedEntries(entries, 'nama'),
    );
  });

  it('keeps search hits in score order for relevance, in the chosen order otherwise', () => {
    const hits = new Map([
      [third.key, 9],
      [first.key, 5],
      ['33.99/gone', 4],
    ]);
    expect(selectEntries(entries, byKey, 'relevansi', { hits, test: null })).toEqual([third, first]);
    expect(selectEntries(entries, byKey, 'nama', { hits, test: null })).toEqual([first, third]);
  });

  it('applies the filter test together with the search', () => {
    const hits = new Map([
      [first.key, 2],
      [second.key, 1],
    ]);
    const test = (entry: CatalogEntry) => entry.key === second.key;
    expect(selectEntries(entries, byKey, 'relevansi', { hits, test })).toEqual([second]);
    expect(selectEntries(entries, byKey, 'nama', { hits: null, test })).toEqual([second]);
  });
});

describe('catalog view in the URL', () => {
  it('round-trips search, filters, order and layout, leaving defaults out', () => {
    const view = {
      filters: { ...NO_FILTERS, q: 'bank sampah', regions: ['33.10'], stages: ['penerapan' as const] },
      sort: 'wilayah' as const,
      layout: 'kartu' as const,
    };
    const params = writeViewQuery(view);
    expect(params.toString()).toBe(
      'q=bank+sampah&regions=33.10&stages=penerapan&urut=wilayah&tampilan=kartu',
    );
    expect(readViewQuery(params)).toEqual(view);
    expect(writeViewQuery({ filters: NO_FILTERS, sort: null, layout: 'tabel' }).toString()).toBe('');
  });

  it('falls back to defaults for values it does not know', () => {
    const view = readViewQuery(new URLSearchParams('urut=acak&tampilan=daftar&stages=entah'));
    expect(view).toEqual({ filters: NO_FILTERS, sort: null, layout: 'tabel' });
  });

  it('lists every set filter value as a removable chip, and removes exactly one', () => {
    const filters = {
      ...NO_FILTERS,
      q: 'air',
      regions: ['33.10', '33.08'],
      digital: 'ya' as const,
      urusan: ['Kesehatan'],
      beingReplicated: true,
    };
    const values = activeFilterValues(filters);
    expect(values).toEqual([
      { field: 'regions', value: '33.10' },
      { field: 'regions', value: '33.08' },
      { field: 'digital', value: 'ya' },
      { field: 'urusan', value: 'Kesehatan' },
      { field: 'beingReplicated', value: '1' },
    ]);
    expect(withoutFilterValue(filters, { field: 'regions', value: '33.10' }).regions).toEqual(['33.08']);
    expect(withoutFilterValue(filters, { field: 'digital', value: 'ya' }).digital).toBeNull();
    expect(withoutFilterValue(filters, { field: 'beingReplicated', value: '1' }).beingReplicated).toBe(false);
    expect(clearedFilters(filters)).toEqual({ ...NO_FILTERS, q: 'air' });
  });
});
