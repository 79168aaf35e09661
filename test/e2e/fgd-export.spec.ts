/**
 * An FGD's minutes exported: the print route of the demo's session printed to PDF by Chromium and read
 * back as text (title, agenda, attendees, card texts, vote counts, page footer); the Word file and
 * the two CSV files downloaded from the print page's toolbar and read back; and the not-found state.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { z } from 'zod';
import { readSession } from '../../shared/model/fgd-view';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { AREA_COORDINATOR, MAGELANG_EDITOR, useProfile } from './profile';
import { seedDemo } from './seed';

const run = promisify(execFile);
const SESSION = 'fgd-2';
const TITLE = 'FGD Replikasi Inovasi Antar-Daerah';

/** The PDF's text, with runs of white space (line ends, table cells) as one space. */
async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', [path, '-']);
  return stdout.replace(/\s+/g, ' ');
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const BallotVotes = z.object({ votes: z.record(z.string(), z.number()) });

/** What the demo session holds, read straight from its document: cards, attendees, votes per card. */
async function seedSession(wsUrl: string) {
  const demo = await seedDemo(wsUrl);
  const session = readSession(demo.fgd, 'demo', { participantId: null, facilitator: true }, () => undefined);
  if (!session) throw new Error('the demo has no FGD session');
  const votes = new Map<string, number>();
  for (const ballot of demo.fgd.getMap<unknown>('votes').values()) {
    for (const [card, n] of Object.entries(BallotVotes.parse(ballot).votes))
      votes.set(card, (votes.get(card) ?? 0) + n);
  }
  const pillar = (id: string) => demo.preset.pillars.find((entry) => entry.id === id)?.name ?? id;
  const cards = session.cards.map((card) => ({
    text: card.text,
    dimension: pillar(card.pillarId),
    author: card.author.name,
    votes: votes.get(card.id) ?? 0,
  }));
  return {
    steps: session.steps.map((step) => step.title),
    attendees: session.attendance.map((entry) => entry.participant.name),
    cards,
    total: [...votes.values()].reduce((sum, n) => sum + n, 0),
  };
}

test('the minutes print with agenda, attendance, cards, vote counts and page numbers', async ({
  page,
  hub,
}, testInfo) => {
  const seeded = await seedSession(hub.wsUrl);
  await useProfile(page, MAGELANG_EDITOR);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${hub.httpUrl}#/cetak/fgd/${SESSION}`);

  await expect(page.getByRole('heading', { name: 'NOTULEN FOCUS GROUP DISCUSSION', level: 1 })).toBeVisible();
  // Outside the app's frame: only the print toolbar.
  await expect(page.getByRole('link', { name: 'Katalog' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cetak / Simpan PDF' })).toBeVisible();
  for (const section of ['1. Agenda', '2. Daftar hadir', '3. Kartu gagasan', '4. Hasil pemungutan suara']) {
    await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible();
  }
  await expectAccessible(page, 'FGD minutes print page');
  await page.screenshot({ path: testInfo.outputPath('fgd-minutes-1366.png'), fullPage: false });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: testInfo.outputPath('fgd-minutes-1024.png'), fullPage: true });

  await page.emulateMedia({ media: 'print' });
  const pdfPath = testInfo.outputPath('notulen.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
  const flat = await pdfText(pdfPath);
  await writeFile(testInfo.outputPath('notulen.txt'), flat);

  expect(flat).toContain('KAWASAN STRATEGIS PARIWISATA NASIONAL BOROBUDUR');
  expect(flat).toContain('NOTULEN FOCUS GROUP DISCUSSION');
  expect(flat).toContain(TITLE);
  expect(flat).toContain(
    'Tanggal 27 Mei 2025 Tempat Hotel di Kota Magelang Fasilitator Tenaga Ahli Smart City',
  );
  // Agenda rows (a title that wraps in its cell reads line by line in the PDF's text).
  expect(flat).toContain('Inovasi yang ingin');
  expect(flat).toContain('15 menit Menulis kartu; kartu');
  expect(flat).toContain('2 Prioritas');
  expect(flat).toContain('15 menit Memberi suara (3 suara per orang)');
  expect(seeded.attendees).toHaveLength(10);
  for (const name of seeded.attendees) expect(flat).toContain(name);
  expect(flat).toContain(`Peserta ${seeded.attendees.length} orang`);
  // Each card's row: its text, then dimension, author and votes. A long text wraps inside its cell,
  // and the PDF's text puts the row's other cells after the text's first line (or after any line).
  for (const card of seeded.cards) {
    const words = card.text.split(' ');
    const cells = `${card.dimension} ${card.author} ${card.votes}`;
    const readings = words.map((_, cut) =>
      [...words.slice(0, cut + 1), cells, ...words.slice(cut + 1)].join(' '),
    );
    expect(
      readings.some((reading) => flat.includes(reading)),
      `the row of “${card.text}”`,
    ).toBe(true);
  }
  const top = [...seeded.cards].sort((a, b) => b.votes - a.votes)[0];
  expect(top).toBeDefined();
  expect(flat).toContain(`1 ${top?.text}`);
  expect(flat).toContain(`10 peserta memberikan ${seeded.total} suara.`);
  expect(seeded.total).toBe(30);
  // Decisions and action items: a long text wraps inside its cell, so its first words are checked.
  expect(flat).toContain('Keputusan Tiga inovasi teratas menjadi');
  expect(flat).toContain('Diskominfo daerah asal 30 Juni 2025');
  // The running footer and page numbers come from the @page margin boxes.
  expect(flat).toMatch(/Dicetak dari Rembug, \d{1,2} \w+ \d{4}/);
  expect(flat).toMatch(/Halaman 1 dari \d/);
  // The toolbar is for the screen only.
  expect(flat).not.toContain('Cetak / Simpan PDF');
  expect(flat).not.toContain('Unduh DOCX');

  // The printed pages as pictures, to look at.
  await run('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '2',
    pdfPath,
    testInfo.outputPath('notulen-page'),
  ]);
});

test('the minutes download as a Word file and as CSV of cards and votes', async ({ page, hub }) => {
  const seeded = await seedSession(hub.wsUrl);
  await useProfile(page, AREA_COORDINATOR);
  await page.goto(`${hub.httpUrl}#/cetak/fgd/${SESSION}`);
  await expect(page.getByRole('heading', { name: 'NOTULEN FOCUS GROUP DISCUSSION', level: 1 })).toBeVisible();

  const [docxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh DOCX' }).click(),
  ]);
  expect(docxDownload.suggestedFilename()).toBe('notulen-fgd-replikasi-inovasi-antar-daerah-2025-05-27.docx');
  await expect(page.getByText(`Berkas ${docxDownload.suggestedFilename()} diunduh`)).toBeVisible();
  const zip = await JSZip.loadAsync(await readFile(await docxDownload.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?NOTULEN FOCUS GROUP DISCUSSION/);
  expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?2\. Daftar hadir/);
  for (const name of seeded.attendees) expect(xml).toContain(`>${escapeXml(name)}<`);
  for (const card of seeded.cards) expect(xml).toContain(`>${escapeXml(card.text)}<`);
  const footerName = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? '';
  expect(await zip.file(footerName)?.async('string')).toMatch(/Halaman [\s\S]*PAGE[\s\S]*NUMPAGES/);

  const csvOf = async (item: string) => {
    await page.getByRole('button', { name: 'Unduh CSV' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: item }).click(),
    ]);
    const bytes = await readFile(await download.path());
    // UTF-8 with a byte-order mark, so Excel shows Indonesian text right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    return { name: download.suggestedFilename(), rows: parsed.data };
  };

  const cards = await csvOf('Unduh CSV kartu');
  expect(cards.name).toBe('notulen-fgd-replikasi-inovasi-antar-daerah-2025-05-27-kartu.csv');
  expect(cards.rows[0]).toEqual(['Langkah', 'Dimensi', 'Kelompok', 'Kartu', 'Penulis', 'Suara']);
  expect(
    cards.rows
      .slice(1)
      .map((row) => [row[0], row[3], row[4], Number(row[5])])
      .sort(),
  ).toEqual(
    seeded.cards.map((card) => ['Inovasi yang ingin direplikasi', card.text, card.author, card.votes]).sort(),
  );

  const votes = await csvOf('Unduh CSV suara');
  expect(votes.name).toBe('notulen-fgd-replikasi-inovasi-antar-daerah-2025-05-27-suara.csv');
  expect(votes.rows[0]).toEqual(['Peserta', 'Daerah', 'Langkah', 'Kartu', 'Jumlah suara']);
  const body = votes.rows.slice(1);
  expect(body.reduce((sum, row) => sum + Number(row[4]), 0)).toBe(seeded.total);
  expect(new Set(body.map((row) => row[0]))).toEqual(new Set(seeded.attendees));
  for (const row of body) {
    expect(row[2]).toBe('Prioritas');
    expect(seeded.cards.map((card) => card.text)).toContain(row[3]);
    expect(row[1]).toMatch(/^(Kab\.|Kota) /);
  }
});

test('a print route of a session that is not there says so and leads back', async ({ page, hub }) => {
  await seedDemo(hub.wsUrl);
  await useProfile(page, MAGELANG_EDITOR);
  await page.goto(`${hub.httpUrl}#/cetak/fgd/tidak-ada`);
  await expect(page.getByRole('heading', { name: 'Sesi FGD tidak ditemukan' })).toBeVisible();
  await expectAccessible(page, 'FGD minutes not found');
  await page.getByRole('link', { name: 'Ke daftar FGD' }).click();
  await expect(page).toHaveURL(/#\/fgd$/);
});
