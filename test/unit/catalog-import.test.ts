import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  applyImport,
  guessMapping,
  parseDate,
  parseRupiah,
  previewImport,
} from '../../shared/catalog/import.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import { readInnovations } from '../../shared/model/innovation.js';
import { DEFAULT_PILLARS } from '../../shared/model/presets.js';

const KLATEN = '33.10';
const editor: Author = { name: 'Diskominfo Klaten', region: KLATEN, role: 'regionEditor' };
const ctx: CommandContext = { author: editor, now: () => new Date(Date.UTC(2026, 10, 23, 9)) };

const HEADER = [
  'No',
  'Nama Inovasi',
  'OPD',
  'Tahapan',
  'Jenis',
  'Bentuk',
  'Dimensi',
  'Waktu Uji Coba',
  'Anggaran',
  'Sumber Anggaran',
  'Status',
  'Tautan',
];
const good = [
  [
    '1',
    'Antrean Puskesmas Daring',
    'Dinas Kesehatan',
    'Penerapan',
    'Digital',
    'Pelayanan publik',
    'Smart Living; Smart Society',
    '27/11/2021',
    'Rp 150.000.000',
    'APBD',
    'Berlanjut',
    'https://dinkes.klatenkab.go.id/antrean',
  ],
  [
    '2',
    'Bank Sampah Desa',
    'Dinas Lingkungan Hidup',
    'uji coba',
    'non-digital',
    '',
    'environment',
    '2022-03-01',
    '',
    '',
    '',
    '',
  ],
];

describe('spreadsheet import', () => {
  it('guesses the column mapping from Indonesian headers', () => {
    expect(guessMapping(HEADER)).toMatchObject({
      name: 1,
      opd: 2,
      stage: 3,
      digital: 4,
      form: 5,
      dimensions: 6,
      trialDate: 7,
      budgetAmount: 8,
      budgetSource: 9,
      status: 10,
      link: 11,
    });
    expect(guessMapping(['Nama Inisiator', 'Nama'])).toEqual({ initiatorName: 0, name: 1 });
  });

  it('reads dates and rupiah the way offices write them', () => {
    expect(parseDate('27/11/2021')).toBe('2021-11-27');
    expect(parseDate('2021-11-27')).toBe('2021-11-27');
    expect(parseDate('31/02/2021')).toBeUndefined();
    expect(parseDate('')).toBeNull();
    expect(parseRupiah('Rp 150.000.000')).toBe(150_000_000);
    expect(parseRupiah('150.000.000,50')).toBe(150_000_001);
    expect(parseRupiah('150000')).toBe(150_000);
    expect(parseRupiah('seratus juta')).toBeUndefined();
  });

  it('previews valid rows and imports them all in one update', () => {
    const preview = previewImport(good, guessMapping(HEADER), DEFAULT_PILLARS);
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(preview.rows[0]?.fields).toMatchObject({
      stage: 'penerapan',
      digital: true,
      dimensions: ['living', 'society'],
      trialDate: '2021-11-27',
      budget: { amount: 150_000_000, source: 'APBD' },
    });
    const ydoc = new Y.Doc();
    ydoc.getMap('innovations').set('antrean-puskesmas-daring', 'placeholder');
    let updates = 0;
    ydoc.on('update', () => {
      updates += 1;
    });
    const result = applyImport(ydoc, KLATEN, preview, ctx);
    expect(result).toEqual({ ok: true, value: ['antrean-puskesmas-daring-2', 'bank-sampah-desa'] });
    expect(updates).toBe(1);
    expect(readInnovations(ydoc, 'd', KLATEN, () => undefined).map((i) => i.name)).toEqual([
      'Antrean Puskesmas Daring',
      'Bank Sampah Desa',
    ]);
  });

  it('reports every problem by row and column, and imports nothing when there is one', () => {
    const bad = [
      ...good,
      [
        '3',
        'X',
        '',
        'selesai',
        'kadang',
        'Pelayanan publik',
        'Smart Mobility',
        '32/13/2021',
        'sejuta',
        '',
        'aktif',
        'javascript:alert(1)',
      ],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
    ];
    const preview = previewImport(bad, guessMapping(HEADER), DEFAULT_PILLARS);
    expect(preview.problems.map((p) => `${p.row}:${p.column}`).sort()).toEqual(
      [
        '4:budgetAmount',
        '4:digital',
        '4:dimensions',
        '4:link',
        '4:name',
        '4:opd',
        '4:stage',
        '4:status',
        '4:trialDate',
      ].sort(),
    );
    const ydoc = new Y.Doc();
    expect(applyImport(ydoc, KLATEN, preview, ctx)).toEqual({
      ok: false,
      error: { key: 'error.importHasProblems', params: { count: 9 } },
    });
    expect(ydoc.getMap('innovations').size).toBe(0);
  });

  it('refuses a mapping without the required columns, and another region’s editor', () => {
    expect(previewImport(good, { name: 1 }, DEFAULT_PILLARS).problems.map((p) => p.column)).toEqual([
      'opd',
      'stage',
      'dimensions',
    ]);
    const preview = previewImport(good, guessMapping(HEADER), DEFAULT_PILLARS);
    const ydoc = new Y.Doc();
    const sleman: CommandContext = { ...ctx, author: { ...editor, region: '34.04' } };
    expect(applyImport(ydoc, KLATEN, preview, sleman)).toMatchObject({
      ok: false,
      error: { key: 'error.notYourRegion' },
    });
    expect(ydoc.getMap('innovations').size).toBe(0);
  });
});
