import { describe, expect, it } from 'vitest';
import {
  type CatalogDocument,
  CatalogSearch,
  catalogDocument,
  foldText,
} from '../../shared/catalog/search.js';
import { generateArea } from '../../shared/model/demo/index.js';
import { readInnovations } from '../../shared/model/innovation.js';
import { displayName, regencyByCode } from '../../shared/regions/index.js';

const doc = (key: string, fields: Partial<CatalogDocument>): CatalogDocument => ({
  key,
  name: '',
  summary: '',
  opd: '',
  tags: '',
  region: '',
  ...fields,
});

function sample(): CatalogSearch {
  const search = new CatalogSearch();
  search.replaceAll([
    doc('34.01/airku', {
      name: 'AirKu — air minum kemasan',
      opd: 'Perumda Air Minum Tirta Binangún',
      tags: 'produk lokal',
      region: 'Kab. Kulon Progo',
    }),
    doc('33.10/posyandu', {
      name: 'Posyandu Digital',
      summary: 'Pencatatan tumbuh kembang balita',
      opd: 'Dinas Kesehatan',
      region: 'Kab. Klaten',
    }),
    doc('34.04/umkm', {
      name: 'UMKM Go Digital',
      summary: 'Pelatihan pemasaran daring untuk UMKM',
      opd: 'Dinas Koperasi dan UKM',
      region: 'Kab. Sleman',
    }),
    doc('33.71/parkir', {
      name: 'Parkir Pintar',
      summary: 'Pembayaran parkir non-tunai',
      opd: 'Dinas Perhubungan',
      region: 'Kota Magelang',
    }),
  ]);
  return search;
}

const keys = (search: CatalogSearch, query: string) => search.search(query).map((hit) => hit.key);

describe('catalog search', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Binangún ÉKONOMI')).toBe('binangun ekonomi');
    expect(keys(sample(), 'BINANGUN')).toEqual(['34.01/airku']);
  });

  it('matches as you type (prefix) and forgives a typo from four letters on', () => {
    const search = sample();
    expect(keys(search, 'posy')).toEqual(['33.10/posyandu']);
    expect(keys(search, 'posyadnu')).toEqual(['33.10/posyandu']);
    expect(keys(search, 'zzzz')).toEqual([]);
    // One letter would match most of a large catalog on the first keystroke: the list stays unfiltered.
    expect(keys(search, 'p')).toEqual([]);
    expect(keys(search, 'pa')).toEqual(['33.71/parkir']);
  });

  it('ignores Indonesian function words and narrows with every word typed', () => {
    const search = sample();
    expect(keys(search, 'pelatihan untuk umkm')).toEqual(['34.04/umkm']);
    expect(keys(search, 'dan yang untuk')).toEqual([]);
    // Alone, a function word is the start of a word still being typed.
    expect(keys(search, 'per').sort()).toEqual(['33.71/parkir', '34.01/airku']);
    expect(keys(search, 'perh')).toEqual(['33.71/parkir']);
    expect(keys(search, 'digital')).toHaveLength(2);
    expect(keys(search, 'digital kesehatan')).toEqual(['33.10/posyandu']);
  });

  it('finds entries by region name, and ranks name matches first', () => {
    const search = sample();
    expect(keys(search, 'kulon progo')).toEqual(['34.01/airku']);
    expect(keys(search, 'magelang')).toEqual(['33.71/parkir']);
    search.upsert(
      doc('33.72/parkir-info', {
        name: 'Informasi lalu lintas',
        summary: 'Termasuk info parkir',
        region: 'Kota Surakarta',
      }),
    );
    expect(keys(search, 'parkir')[0]).toBe('33.71/parkir');
  });

  it('follows upserts and removals', () => {
    const search = sample();
    search.upsert(doc('33.10/posyandu', { name: 'Posyandu Cerdas', region: 'Kab. Klaten' }));
    expect(keys(search, 'cerdas')).toEqual(['33.10/posyandu']);
    expect(keys(search, 'balita')).toEqual([]);
    search.remove('33.10/posyandu');
    search.remove('33.10/posyandu');
    expect(keys(search, 'posyandu')).toEqual([]);
    expect(search.size).toBe(3);
  });

  it('indexes a generated area catalog and finds a theme across regions', () => {
    const { regions } = generateArea('demo');
    const documents = [...regions].flatMap(([code, ydoc]) => {
      const regency = regencyByCode(code);
      const name = regency ? displayName(regency) : code;
      return readInnovations(ydoc, code, code, () => undefined).map((innovation) =>
        catalogDocument(innovation, name),
      );
    });
    const search = new CatalogSearch();
    search.replaceAll(documents);
    expect(search.size).toBe(150);
    const hits = search.search('posyandu');
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.key.split('/')[0])).size).toBeGreaterThan(1);
  });
});
