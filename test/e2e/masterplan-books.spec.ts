/**
 * A region's four master plan books: Klaten's plan entered through the model and put on the hub,
 * each book's print route printed to PDF by Chromium and read back as text, the Word file downloaded
 * from the print page and read back, and a print route for a book or region that is not there.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { regionDocName } from '../../shared/model/demo/generate';
import type { CommandContext } from '../../shared/model/identity';
import { readInnovations } from '../../shared/model/innovation';
import {
  scoreReadiness,
  setBimtekStage,
  setProgramme,
  setQuickWin,
  setTeam,
} from '../../shared/model/master-plan';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { KLATEN_EDITOR, useProfile } from './profile';
import { pushDoc, seedDemo } from './seed';

const run = promisify(execFile);
const KLATEN = '33.10';
const MAGELANG = '33.08';

const ENTERED = {
  member: 'Dewi Lestari, S.Kom.',
  note: 'Baru tiga pranata komputer di seluruh OPD',
  programme: 'Satu Data Klaten Terpadu',
  reference: 'RPJMD 2021–2026 Misi 4',
  quickWin: 'Antrean Puskesmas Daring',
  service: 'Pendaftaran pasien puskesmas',
} as const;

function expectOk(result: { ok: boolean }, what: string): void {
  if (!result.ok) throw new Error(`${what} refused: ${JSON.stringify(result)}`);
}

/** The demo area, with Klaten's master plan written by its own editor; returns the linked innovation. */
async function seedMasterPlan(wsUrl: string): Promise<{ innovation: string }> {
  const demo = await seedDemo(wsUrl);
  const klaten = demo.regions.get(KLATEN);
  const magelang = demo.regions.get(MAGELANG);
  if (!klaten || !magelang) throw new Error('the demo has no Klaten or Magelang');
  const linked = readInnovations(
    magelang,
    regionDocName(demo.preset.id, MAGELANG),
    MAGELANG,
    () => undefined,
  )[0];
  if (!linked) throw new Error('the demo has no Magelang innovation');

  const ctx: CommandContext = {
    author: { name: KLATEN_EDITOR.name, region: KLATEN, role: 'regionEditor' },
    now: () => new Date('2026-03-02T03:00:00Z'),
  };
  expectOk(
    setBimtekStage(klaten, KLATEN, 1, { status: 'selesai', start: '2026-01-12', end: '2026-02-06' }, ctx),
    'stage 1',
  );
  expectOk(
    setBimtekStage(klaten, KLATEN, 2, { status: 'berjalan', start: '2026-02-16', end: null }, ctx),
    'stage 2',
  );
  expectOk(
    setTeam(
      klaten,
      KLATEN,
      [
        { name: 'Ir. Bambang Sutrisno', opd: 'Bappeda', role: 'Ketua' },
        { name: ENTERED.member, opd: 'Dinas Komunikasi dan Informatika', role: 'Sekretaris' },
      ],
      ctx,
    ),
    'team',
  );
  expectOk(scoreReadiness(klaten, KLATEN, 'struktur', 'sdm', { score: 2, notes: ENTERED.note }, ctx), 'sdm');
  expectOk(scoreReadiness(klaten, KLATEN, 'struktur', 'keuangan', { score: 4, notes: '' }, ctx), 'keuangan');
  expectOk(
    setProgramme(
      klaten,
      KLATEN,
      'satu-data-klaten',
      {
        pillarId: 'governance',
        name: ENTERED.programme,
        leadOpd: 'Dinas Komunikasi dan Informatika',
        rpjmdReference: ENTERED.reference,
        horizon: 'satuTahun',
        budget: { amount: 1_250_000_000, source: 'APBD' },
        innovations: [`${MAGELANG}/${linked.id}`],
        replicationPlans: [],
      },
      ctx,
    ),
    'programme',
  );
  expectOk(
    setQuickWin(
      klaten,
      KLATEN,
      'antrean-puskesmas',
      {
        pillarId: 'living',
        name: ENTERED.quickWin,
        service: ENTERED.service,
        months: 9,
        impact: [{ label: 'Waktu tunggu', unit: 'menit', expected: 30, actual: 24 }],
      },
      ctx,
    ),
    'quick win',
  );
  await pushDoc(wsUrl, regionDocName(demo.preset.id, KLATEN), klaten);
  return { innovation: linked.name };
}

/** The PDF's text, with runs of white space (line ends, table cells) as one space. */
async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', [path, '-']);
  return stdout.replace(/\s+/g, ' ');
}

async function printed(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const path = test.info().outputPath(`${name}.pdf`);
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const flat = await pdfText(path);
  await writeFile(test.info().outputPath(`${name}.txt`), flat);
  return flat;
}

const BOOKS = [
  { id: 'analisis-strategis', heading: 'ANALISIS STRATEGIS' },
  { id: 'masterplan', heading: 'MASTERPLAN' },
  { id: 'ringkasan-eksekutif', heading: 'RINGKASAN EKSEKUTIF' },
  { id: 'quick-win', heading: 'QUICK WIN' },
] as const;

test('each of the four books prints with what Klaten entered', async ({ page, hub }) => {
  test.setTimeout(120_000);
  const seeded = await seedMasterPlan(hub.wsUrl);
  await useProfile(page, KLATEN_EDITOR);
  await page.setViewportSize({ width: 1366, height: 768 });
  const texts = new Map<string, string>();
  for (const book of BOOKS) {
    await page.goto(`${hub.httpUrl}#/cetak/masterplan/${KLATEN}/${book.id}`);
    await expect(page.getByRole('heading', { name: book.heading, level: 1 })).toBeVisible();
    await expect(page.getByText('PEMERINTAH KABUPATEN KLATEN')).toBeVisible();
    // Outside the app's frame: only the print toolbar.
    await expect(page.getByRole('link', { name: 'Katalog' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Cetak / Simpan PDF' })).toBeVisible();
    if (book.id === 'analisis-strategis') {
      await expect(page.getByRole('cell', { name: ENTERED.note })).toBeVisible();
      await expectAccessible(page, 'master plan book print page');
    }
    await page.screenshot({ path: test.info().outputPath(`${book.id}-1366.png`), fullPage: false });
    const flat = await printed(page, book.id);
    expect(flat).toContain('PEMERINTAH KABUPATEN KLATEN');
    expect(flat).toContain('Kawasan Strategis Pariwisata Nasional Borobudur');
    expect(flat).toContain(book.heading);
    expect(flat).toContain('Masterplan Smart City Kabupaten Klaten');
    // The running footer and page numbers come from the @page margin boxes.
    expect(flat).toMatch(/Halaman 1 dari \d/);
    expect(flat).toMatch(/Dicetak dari Rembug, \d{1,2} \w+ \d{4}/);
    // The toolbar is for the screen only.
    expect(flat).not.toContain('Unduh DOCX');
    texts.set(book.id, flat);
  }

  const analysis = texts.get('analisis-strategis') ?? '';
  expect(analysis).toContain(`Sumber daya manusia 2 Rendah ${ENTERED.note}`);
  expect(analysis).toContain(`${ENTERED.member} Dinas Komunikasi dan Informatika Sekretaris`);
  expect(analysis).toContain('Selesai 12 Januari 2026 6 Februari 2026');
  expect(analysis).toContain('Program dalam RPJMD dan Renstra OPD Berjalan 16 Februari 2026 —');

  const plan = texts.get('masterplan') ?? '';
  expect(plan).toContain(ENTERED.programme);
  expect(plan).toContain(ENTERED.reference);
  expect(plan).toContain(`Inovasi: ${seeded.innovation} (Kab. Magelang)`);
  expect(plan).toContain('Rp 1.250.000.000');
  expect(plan).toContain('Jangka pendek (1 tahun)');
  expect(plan).toMatch(/Jumlah seluruh dimensi \d+ Rp [\d.]+/);

  const summary = texts.get('ringkasan-eksekutif') ?? '';
  // The demo had finished stages 3 and 4 on its own; stage 2 is running again.
  expect(summary).toContain('3 dari 4 tahap bimtek telah selesai.');
  expect(summary).toContain(ENTERED.programme);
  expect(summary).toContain(`${ENTERED.quickWin} Smart Living ${ENTERED.service} 9 bulan`);

  const quickWins = texts.get('quick-win') ?? '';
  expect(quickWins).toContain(ENTERED.service);
  // pdftotext reads the label and the figures of a row as separate runs.
  expect(quickWins).toContain('Waktu tunggu menit');
  expect(quickWins).toContain('30 24 80%');
});

test('a region with nothing entered yet gets books that say so', async ({ page, hub }) => {
  await seedDemo(hub.wsUrl);
  await useProfile(page, KLATEN_EDITOR);
  await page.setViewportSize({ width: 1366, height: 768 });
  // Kota Magelang has no master plan in the demo.
  await page.goto(`${hub.httpUrl}#/cetak/masterplan/33.71/masterplan`);
  await expect(page.getByText('PEMERINTAH KOTA MAGELANG')).toBeVisible();
  await expect(page.getByText('Belum ada program yang dicatat.')).toHaveCount(3);
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.goto(`${hub.httpUrl}#/cetak/masterplan/33.71/analisis-strategis`);
  await expect(page.getByText('Belum ada anggota Tim Pelaksana yang dicatat.')).toBeVisible();
  await expect(page.getByText('Belum ada penilaian kesiapan yang dicatat.')).toBeVisible();
  await page.goto(`${hub.httpUrl}#/cetak/masterplan/33.71/quick-win`);
  await expect(page.getByText('Belum ada quick win yang dicatat.')).toBeVisible();
  await expect(
    page.getByText('Rincian dan angka dampak dimuat di sini setelah quick win dicatat.'),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('empty-quick-win-1366.png') });
});

test('a book downloads as a Word file from its print page', async ({ page, hub }) => {
  await seedMasterPlan(hub.wsUrl);
  await useProfile(page, KLATEN_EDITOR);
  await page.goto(`${hub.httpUrl}#/cetak/masterplan/${KLATEN}/quick-win`);
  await expect(page.getByRole('heading', { name: 'QUICK WIN', level: 1 })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh DOCX' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Masterplan-Kab-Klaten-Quick-Win.docx');
  await expect(page.getByText(`Berkas ${download.suggestedFilename()} diunduh`)).toBeVisible();

  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?QUICK WIN/);
  expect(xml).toContain('PEMERINTAH KABUPATEN KLATEN');
  expect(xml).toContain(`>${ENTERED.quickWin}<`);
  expect(xml).toContain('>80%<');
  const footerName = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? '';
  const footer = (await zip.file(footerName)?.async('string')) ?? '';
  expect(footer).toContain('Halaman ');
  expect(footer).toContain('NUMPAGES');
});

test('the books menu downloads any book and opens another book’s print dialog, once', async ({
  page,
  hub,
}) => {
  await seedMasterPlan(hub.wsUrl);
  await useProfile(page, KLATEN_EDITOR);
  // The dialog itself is the browser's; what the page asks for is counted instead.
  await page.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${hub.httpUrl}#/cetak/masterplan/${KLATEN}/quick-win`);
  await expect(page.getByRole('heading', { name: 'QUICK WIN', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Buku masterplan' }).click();
  await expect(page.getByRole('menuitem', { name: /^Cetak \/ Simpan PDF: / })).toHaveCount(4);
  await page.screenshot({ path: test.info().outputPath('books-menu-1366.png') });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Unduh DOCX: Analisis Strategis' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Masterplan-Kab-Klaten-Analisis-Strategis.docx');
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toContain('ANALISIS STRATEGIS');
  expect(xml).toContain(`>${ENTERED.note}<`);

  await page.getByRole('button', { name: 'Buku masterplan' }).click();
  await page.getByRole('menuitem', { name: 'Cetak / Simpan PDF: Ringkasan Eksekutif' }).click();
  await expect(page).toHaveURL(new RegExp(`#/cetak/masterplan/${KLATEN}/ringkasan-eksekutif$`));
  await expect(page.getByRole('heading', { name: 'RINGKASAN EKSEKUTIF', level: 1 })).toBeVisible();
  const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
  await expect.poll(printed).toBe(1);
  // Reloading shows the sheet again without asking to print; back returns to the book before.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'RINGKASAN EKSEKUTIF', level: 1 })).toBeVisible();
  expect(await printed()).toBe(0);
  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(page).toHaveURL(new RegExp(`#/cetak/masterplan/${KLATEN}/quick-win$`));

  // On a phone the sheet takes the screen's width and the toolbar wraps.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('quick-win-390.png') });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: test.info().outputPath('quick-win-1024.png') });
});

test('a print route for a book or region that is not there says so and leads back', async ({ page, hub }) => {
  await seedDemo(hub.wsUrl);
  await useProfile(page, KLATEN_EDITOR);
  await page.goto(`${hub.httpUrl}#/cetak/masterplan/${KLATEN}/buku-lain`);
  await expect(page.getByRole('heading', { name: 'Buku masterplan tidak ditemukan' })).toBeVisible();
  // Kabupaten Cilacap is not a member of KSPN Borobudur.
  await page.goto(`${hub.httpUrl}#/cetak/masterplan/33.01/masterplan`);
  await expect(page.getByRole('heading', { name: 'Buku masterplan tidak ditemukan' })).toBeVisible();
  await page.getByRole('link', { name: 'Ke daftar masterplan' }).click();
  await expect(page).toHaveURL(/#\/masterplan$/);
});
