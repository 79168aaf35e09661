/**
 * The four master plan books as Word files: a region's plan written through the model, each book
 * built, packed by `docx`, unzipped and read back — letterhead, chapter headings, table cells, the
 * page-number fields in the footer — and, for an empty plan, the sentences that say nothing is there.
 */
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bookDocx } from '../../renderer/src/masterplan/books/book-docx.js';
import { type BookId, type BookInput, bookFileName } from '../../renderer/src/masterplan/books/book-model.js';
import { buildBook } from '../../renderer/src/masterplan/books/build-book.js';
import { achieved } from '../../renderer/src/masterplan/books/quick-win-book.js';
import type { CommandContext } from '../../shared/model/identity.js';
import {
  type MasterPlan,
  readMasterPlan,
  scoreReadiness,
  setBimtekStage,
  setProgramme,
  setQuickWin,
  setTeam,
} from '../../shared/model/master-plan.js';
import { DEFAULT_PILLARS } from '../../shared/model/presets.js';
import { docxParagraphs, docxTableRows, readDocx } from './docx-read.js';

const KLATEN = '33.10';
const ctx: CommandContext = {
  author: { name: 'Sri Wahyuni', region: KLATEN, role: 'regionEditor' },
  now: () => new Date('2026-03-02T03:00:00Z'),
};

function expectOk(result: { ok: boolean }): void {
  expect(result).toEqual({ ok: true });
}

/** Klaten's plan as its team would enter it over the bimtek stages. */
function enteredPlan(): MasterPlan {
  const doc = new Y.Doc();
  expectOk(
    setBimtekStage(doc, KLATEN, 1, { status: 'selesai', start: '2026-01-12', end: '2026-02-06' }, ctx),
  );
  expectOk(setBimtekStage(doc, KLATEN, 2, { status: 'berjalan', start: '2026-02-16', end: null }, ctx));
  expectOk(
    setTeam(
      doc,
      KLATEN,
      [
        { name: 'Ir. Bambang Sutrisno', opd: 'Bappeda', role: 'Ketua' },
        { name: 'Dewi Lestari, S.Kom.', opd: 'Dinas Komunikasi dan Informatika', role: 'Sekretaris' },
      ],
      ctx,
    ),
  );
  expectOk(
    scoreReadiness(doc, KLATEN, 'struktur', 'sdm', { score: 2, notes: 'Baru 3 pranata komputer' }, ctx),
  );
  expectOk(scoreReadiness(doc, KLATEN, 'struktur', 'keuangan', { score: 4, notes: '' }, ctx));
  expectOk(
    scoreReadiness(
      doc,
      KLATEN,
      'infrastruktur',
      'digital',
      { score: 5, notes: 'Fiber optik di 26 kecamatan' },
      ctx,
    ),
  );
  expectOk(
    setProgramme(
      doc,
      KLATEN,
      'satu-data-klaten',
      {
        pillarId: 'governance',
        name: 'Satu Data Klaten',
        leadOpd: 'Dinas Komunikasi dan Informatika',
        rpjmdReference: 'RPJMD 2021–2026 Misi 4',
        horizon: 'satuTahun',
        budget: { amount: 1_250_000_000, source: 'APBD' },
        innovations: ['33.08/sipandu-desa'],
        replicationPlans: ['plan-lapak-desa'],
      },
      ctx,
    ),
  );
  expectOk(
    setProgramme(
      doc,
      KLATEN,
      'klaten-pasar-digital',
      {
        pillarId: 'economy',
        name: 'Pasar Rakyat Digital',
        leadOpd: 'Dinas Perdagangan',
        rpjmdReference: '',
        horizon: 'limaTahun',
        budget: { amount: null, source: '' },
        innovations: [],
        replicationPlans: [],
      },
      ctx,
    ),
  );
  expectOk(
    setQuickWin(
      doc,
      KLATEN,
      'antrian-puskesmas',
      {
        pillarId: 'living',
        name: 'Antrean Puskesmas Daring',
        service: 'Pendaftaran pasien puskesmas',
        months: 9,
        impact: [
          { label: 'Waktu tunggu', unit: 'menit', expected: 30, actual: 24 },
          { label: 'Pengguna aplikasi', unit: 'orang', expected: 12_000, actual: null },
        ],
      },
      ctx,
    ),
  );
  return readMasterPlan(doc, 'kspn-borobudur/region/33.10', (problem) => {
    throw new Error(`invalid fixture at ${problem.key}: ${problem.problem}`);
  });
}

function emptyPlan(): MasterPlan {
  return readMasterPlan(new Y.Doc(), 'kspn-borobudur/region/33.10', () => undefined);
}

function input(plan: MasterPlan): BookInput {
  return {
    plan,
    regionCode: KLATEN,
    regionName: 'Kabupaten Klaten',
    regionShortName: 'Kab. Klaten',
    areaName: 'Kawasan Strategis Pariwisata Nasional Borobudur',
    pillars: DEFAULT_PILLARS,
    innovationNames: new Map([['33.08/sipandu-desa', 'SiPandu Desa (Kab. Magelang)']]),
    planNames: new Map([['plan-lapak-desa', 'Lapak Desa (Kab. Boyolali)']]),
    printedAt: new Date('2026-03-09T02:30:00Z'),
  };
}

async function read(book: BookId, plan: MasterPlan) {
  const built = buildBook(book, input(plan), 'id');
  const pkg = await readDocx(bookDocx(docx, built));
  const paragraphs = docxParagraphs(pkg.document);
  return {
    built,
    pkg,
    paragraphs,
    texts: paragraphs.map((p) => p.text),
    rows: docxTableRows(pkg.document),
    headings: paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text),
  };
}

describe('every book', () => {
  it.each([
    ['analisis-strategis', 'ANALISIS STRATEGIS'],
    ['masterplan', 'MASTERPLAN'],
    ['ringkasan-eksekutif', 'RINGKASAN EKSEKUTIF'],
    ['quick-win', 'QUICK WIN'],
  ] as const)('%s has the region letterhead, its title and page numbers as fields', async (id, heading) => {
    const { pkg, paragraphs } = await read(id, enteredPlan());
    expect(paragraphs[0]?.text).toBe('PEMERINTAH KABUPATEN KLATEN');
    expect(paragraphs[1]?.text).toBe('Kawasan Strategis Pariwisata Nasional Borobudur');
    expect(paragraphs.find((p) => p.style === 'Title')?.text).toBe(heading);
    expect(paragraphs.map((p) => p.text)).toContain('Masterplan Smart City Kabupaten Klaten');
    // "Halaman n dari m" with Word's PAGE and NUMPAGES fields, and the print stamp.
    expect(pkg.footer).toMatch(/Halaman [\s\S]*>PAGE<[\s\S]*dari [\s\S]*>NUMPAGES</);
    expect(pkg.footer).toContain('Dicetak dari Rembug, 9 Maret 2026');
  });

  it('names its file after the region and the book', () => {
    expect(bookFileName('Kab. Klaten', 'analisis-strategis')).toBe(
      'Masterplan-Kab-Klaten-Analisis-Strategis',
    );
    expect(bookFileName('Kota Magelang', 'quick-win')).toBe('Masterplan-Kota-Magelang-Quick-Win');
    expect(buildBook('ringkasan-eksekutif', input(emptyPlan()), 'id').fileName).toBe(
      'Masterplan-Kab-Klaten-Ringkasan-Eksekutif',
    );
  });
});

describe('Analisis Strategis', () => {
  it('lists the stages, the team with their OPDs and every readiness score in words with its notes', async () => {
    const { headings, rows, texts } = await read('analisis-strategis', enteredPlan());
    expect(headings).toEqual(['1. Tahapan Penyusunan', '2. Tim Pelaksana', '3. Kesiapan Daerah']);
    expect(texts).toContain('1 dari 4 tahap bimtek telah selesai.');
    expect(rows).toContainEqual([
      '1',
      'Analisis kesiapan daerah (struktur, infrastruktur, suprastruktur)',
      'Selesai',
      '12 Januari 2026',
      '6 Februari 2026',
    ]);
    expect(rows).toContainEqual(['3', 'Inovasi yang diturunkan dari program', 'Belum dimulai', '—', '—']);
    expect(texts).toContain('Tim Pelaksana beranggotakan 2 orang dari 2 OPD.');
    expect(rows).toContainEqual([
      '2',
      'Dewi Lestari, S.Kom.',
      'Dinas Komunikasi dan Informatika',
      'Sekretaris',
    ]);
    // Means per element: struktur (2 + 4) / 2 = 3,0 "Sedang"; suprastruktur not scored.
    expect(rows).toContainEqual(['Struktur', '3,0', 'Sedang']);
    expect(rows).toContainEqual(['Infrastruktur', '5,0', 'Sangat tinggi']);
    expect(rows).toContainEqual(['Suprastruktur', '—', 'Belum dinilai']);
    expect(rows).toContainEqual(['Sumber daya manusia', '2', 'Rendah', 'Baru 3 pranata komputer']);
    expect(rows).toContainEqual(['Tata kelola', '—', 'Belum dinilai', '—']);
    expect(rows).toContainEqual([
      'Infrastruktur digital',
      '5',
      'Sangat tinggi',
      'Fiber optik di 26 kecamatan',
    ]);
    expect(texts).toContain('Belum ada penilaian untuk elemen ini.');
    expect(texts.filter((text) => /^3\.\d /.test(text))).toEqual([
      '3.1 Struktur',
      '3.2 Infrastruktur',
      '3.3 Suprastruktur',
    ]);
  });

  it('says plainly that no team or scores have been entered', async () => {
    const { rows, texts } = await read('analisis-strategis', emptyPlan());
    expect(texts).toContain('Belum ada anggota Tim Pelaksana yang dicatat.');
    expect(texts).toContain('Belum ada penilaian kesiapan yang dicatat.');
    expect(texts).toContain('0 dari 4 tahap bimtek telah selesai.');
    // Only the stage table: every stage, not started.
    expect(rows.filter((row) => row[2] === 'Belum dimulai')).toHaveLength(4);
    expect(rows).toHaveLength(5);
  });
});

describe('Masterplan', () => {
  it('has each dimension’s programmes with what they build on, the roadmap by horizon and the budgets', async () => {
    const { headings, rows, texts } = await read('masterplan', enteredPlan());
    expect(headings).toEqual(['1. Strategi per Dimensi', '2. Rencana Aksi dan Peta Jalan', '3. Anggaran']);
    expect(texts).toContain('1.1 Smart Governance');
    expect(rows).toContainEqual([
      '1',
      'Satu Data Klaten / Inovasi: SiPandu Desa (Kab. Magelang) / Rencana replikasi: Lapak Desa (Kab. Boyolali)',
      'Dinas Komunikasi dan Informatika',
      'RPJMD 2021–2026 Misi 4',
      'Rp\u00a01.250.000.000 / APBD',
    ]);
    expect(rows).toContainEqual(['', 'Jumlah anggaran Smart Governance', '', '', 'Rp\u00a01.250.000.000']);
    expect(rows).toContainEqual(['1', 'Pasar Rakyat Digital', 'Dinas Perdagangan', '—', '—']);
    // A dimension with nothing yet says so rather than showing an empty table.
    expect(texts).toContain('Belum ada program yang dicatat untuk dimensi ini.');
    // Roadmap: a group row per horizon that has programmes, in order.
    const groups = rows.filter((row) => row.length === 1).map((row) => row[0]);
    expect(groups).toEqual(['Jangka pendek (1 tahun)', 'Jangka menengah (5 tahun)']);
    expect(rows).toContainEqual([
      'Satu Data Klaten',
      'Smart Governance',
      'Dinas Komunikasi dan Informatika',
      'Rp\u00a01.250.000.000 / APBD',
    ]);
    // Budget per dimension and overall; the unbudgeted programme is named as not counted.
    expect(rows).toContainEqual(['Smart Economy', '1', 'Rp\u00a00']);
    expect(rows).toContainEqual(['Jumlah seluruh dimensi', '2', 'Rp\u00a01.250.000.000']);
    expect(texts).toContain('1 program belum memiliki anggaran dan tidak ikut dijumlahkan.');
  });

  it('says plainly that no programmes have been entered', async () => {
    const { rows, texts } = await read('masterplan', emptyPlan());
    expect(texts.filter((text) => text === 'Belum ada program yang dicatat.')).toHaveLength(3);
    expect(rows).toHaveLength(0);
  });
});

describe('Ringkasan Eksekutif', () => {
  it('sums up readiness, counts per dimension, the main programmes, quick wins and stages', async () => {
    const { rows, headings } = await read('ringkasan-eksekutif', enteredPlan());
    expect(headings).toHaveLength(6);
    expect(rows).toContainEqual(['Tim Pelaksana', '2 orang dari 2 OPD']);
    expect(rows).toContainEqual(['Jumlah program', '2']);
    expect(rows).toContainEqual(['Total anggaran program', 'Rp\u00a01.250.000.000']);
    expect(rows).toContainEqual(['Struktur', '3,0', 'Sedang']);
    expect(rows).toContainEqual(['Smart Living', '0', '1', 'Rp\u00a00']);
    expect(rows).toContainEqual(['Smart Governance', '1', '0', 'Rp\u00a01.250.000.000']);
    // The largest programme first.
    expect(rows).toContainEqual([
      '1',
      'Satu Data Klaten',
      'Smart Governance',
      'Dinas Komunikasi dan Informatika',
      'Rp\u00a01.250.000.000',
    ]);
    expect(rows).toContainEqual([
      '1',
      'Antrean Puskesmas Daring',
      'Smart Living',
      'Pendaftaran pasien puskesmas',
      '9 bulan',
    ]);
  });

  it('says plainly what has not been entered', async () => {
    const { texts, rows } = await read('ringkasan-eksekutif', emptyPlan());
    expect(texts).toContain('Belum ada penilaian kesiapan yang dicatat.');
    expect(texts).toContain('Belum ada program maupun quick win yang dicatat.');
    expect(texts).toContain('Belum ada program yang dicatat.');
    expect(texts).toContain('Belum ada quick win yang dicatat.');
    expect(rows).toContainEqual(['Tim Pelaksana', 'Belum dicatat']);
  });
});

describe('Quick Win', () => {
  it('has each quick win’s service, duration and impact figures with the share achieved', async () => {
    const { rows, texts } = await read('quick-win', enteredPlan());
    expect(texts).toContain('2.1 Antrean Puskesmas Daring');
    expect(rows).toContainEqual(['Layanan yang dipertajam', 'Pendaftaran pasien puskesmas']);
    expect(rows).toContainEqual(['Durasi', '9 bulan']);
    expect(rows).toContainEqual(['Waktu tunggu', 'menit', '30', '24', '80%']);
    expect(rows).toContainEqual(['Pengguna aplikasi', 'orang', '12.000', '—', '—']);
  });

  it('says plainly that no quick wins or impact figures have been entered', async () => {
    const { texts, rows } = await read('quick-win', emptyPlan());
    expect(texts).toContain('Belum ada quick win yang dicatat.');
    expect(texts).toContain('Rincian dan angka dampak dimuat di sini setelah quick win dicatat.');
    expect(rows).toHaveLength(0);

    const doc = new Y.Doc();
    expectOk(
      setQuickWin(
        doc,
        KLATEN,
        'kartu-tani',
        { pillarId: 'economy', name: 'Kartu Tani Digital', service: 'Layanan pupuk', months: 6, impact: [] },
        ctx,
      ),
    );
    const plan = readMasterPlan(doc, 'kspn-borobudur/region/33.10', () => undefined);
    expect((await read('quick-win', plan)).texts).toContain('Belum ada angka dampak yang dicatat.');
  });

  it('computes the share achieved only when the actual figure is known and the target is not 0', () => {
    expect(achieved(30, 24)).toBe(80);
    expect(achieved(30, null)).toBeNull();
    expect(achieved(0, 5)).toBeNull();
  });
});

describe('in English', () => {
  it('writes the same book in English', () => {
    const book = buildBook('quick-win', input(enteredPlan()), 'en');
    expect(book.government).toBe('GOVERNMENT OF KABUPATEN KLATEN');
    expect(book.heading).toBe('QUICK WINS');
    expect(book.stamp).toMatch(/^Printed from Rembug, 9 March 2026/);
  });
});
