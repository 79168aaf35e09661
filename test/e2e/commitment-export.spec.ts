/**
 * A commitment exported: its print route as the area's official document, printed to PDF by Chromium
 * and read back as text (every member region's signature state, the full hash); the export menu's
 * print entry, which opens the print dialog on that route; and the Word file, downloaded from the
 * commitment's header and read back.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import * as Y from 'yjs';
import {
  commitmentHash,
  readSignature,
  type Signature,
  setCommitmentStatus,
  signCommitment,
} from '../../shared/model/commitment';
import { regionDocName } from '../../shared/model/demo/generate';
import type { Author } from '../../shared/model/identity';
import { regencyByCode } from '../../shared/regions/index';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { AREA_COORDINATOR, MAGELANG_EDITOR, useProfile } from './profile';
import { DRAFT_COMMITMENT, pushDoc, seedDemo, seedDraftCommitment } from './seed';

const run = promisify(execFile);
const COMMITMENT = 'komitmen-bersama';
const OPENING = 'bersepakat membangun kota cerdas bersama.';

const copyOf = (doc: Y.Doc) => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};

/**
 * The demo (final, signed by most regions) plus one region whose signature is of an earlier text: it
 * signed a round that was reopened and finalised again on its own copy, so its hash is not the
 * current one — as when a region signs on a laptop that missed a reopening.
 */
async function seedSigned(wsUrl: string) {
  const demo = await seedDemo(wsUrl);
  const name = (code: string) => regencyByCode(code)?.name ?? code;
  const signatures = new Map<string, Signature>();
  for (const [code, doc] of demo.regions) {
    const signature = readSignature(doc, code, code, COMMITMENT, () => undefined);
    if (signature) signatures.set(code, signature);
  }
  const pending = demo.preset.members.filter((code) => !signatures.has(code));
  const outdatedCode = pending[0];
  const regionDoc = outdatedCode === undefined ? undefined : demo.regions.get(outdatedCode);
  if (outdatedCode === undefined || !regionDoc) throw new Error('the demo has no unsigned region');

  const coordinator: Author = { name: 'Sekretariat Kawasan', region: null, role: 'coordinator' };
  const editor: Author = { name: 'Editor Daerah', region: outdatedCode, role: 'regionEditor' };
  const at = (author: Author) => ({ author, now: () => new Date('2025-02-17T02:00:00Z') });
  const otherRound = copyOf(demo.commitment);
  for (const step of ['draft', 'review', 'final'] as const) {
    const result = setCommitmentStatus(otherRound, step, at(coordinator));
    if (!result.ok) throw new Error(`could not move the copy to ${step}`);
  }
  const regionCopy = copyOf(regionDoc);
  const official = { official: 'Hartono Wibisono, S.T.', position: 'Sekretaris Dinas Kominfo' };
  const signed = signCommitment(regionCopy, outdatedCode, COMMITMENT, otherRound, official, at(editor));
  if (!signed.ok) throw new Error('the outdated signature was refused');
  await pushDoc(wsUrl, regionDocName(demo.preset.id, outdatedCode), regionCopy);

  // Every member in signing order, as its row should read.
  const rows = demo.preset.members.map((code, index) => {
    const signature = signatures.get(code);
    if (code === outdatedCode) return { n: index + 1, region: name(code), ...official, state: 'Kedaluwarsa' };
    return signature
      ? {
          n: index + 1,
          region: name(code),
          official: signature.official,
          position: signature.position,
          state: 'Sah',
        }
      : { n: index + 1, region: name(code), official: '', position: '', state: 'Belum' };
  });
  return {
    title: `Komitmen Bersama Pengembangan Smart City ${demo.preset.name}`,
    hash: commitmentHash(demo.commitment),
    rows,
    outdated: official.official,
  };
}

/** The PDF's text, with runs of white space (line ends, table cells) as one space. */
async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', [path, '-']);
  return stdout.replace(/\s+/g, ' ');
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface PdfWord {
  page: number;
  x: number;
  y: number;
  text: string;
}

/** Every word of the PDF with where it stands (pdftotext -bbox), to read a table back by position. */
async function pdfWords(path: string): Promise<PdfWord[]> {
  const { stdout } = await run('pdftotext', ['-bbox', path, '-']);
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const match = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/.exec(line);
    if (match) {
      const text = (match[3] ?? '').replace(/&(\w+);/g, (whole, name: string) => entities[name] ?? whole);
      words.push({ page, x: Number(match[1]), y: Number(match[2]), text });
    }
  }
  return words;
}

/**
 * The signature table's body rows, each as its six cells' text, on every page it crosses: columns
 * start where the (repeated) header's words do, and a row runs from its number down to the next word
 * in the number column — the next row's number, the footer or the note under the table.
 */
function signatureRows(words: readonly PdfWord[]): string[][] {
  const rows: string[][] = [];
  const headings = ['Daerah', 'Nama', 'Jabatan', 'Waktu', 'Keterangan'];
  for (const page of new Set(words.map((word) => word.page))) {
    const onPage = words.filter((word) => word.page === page);
    const header = onPage.find((word) => word.text === 'Keterangan');
    if (!header) continue;
    const starts = [
      0,
      ...headings.map(
        (text) => onPage.find((word) => word.text === text && Math.abs(word.y - header.y) < 2)?.x ?? NaN,
      ),
    ];
    expect(starts.every(Number.isFinite), `signature table header on page ${page}`).toBe(true);
    const column = (word: PdfWord) => starts.findLastIndex((start) => word.x >= start - 3);
    const body = onPage.filter((word) => word.y > header.y + 5).sort((a, b) => a.y - b.y || a.x - b.x);
    const numberColumn = body.filter((word) => column(word) === 0);
    numberColumn.forEach((word, index) => {
      if (!/^\d+$/.test(word.text)) return;
      const end = numberColumn[index + 1]?.y ?? Number.POSITIVE_INFINITY;
      const inRow = body.filter((other) => other.y >= word.y - 1 && other.y < end - 1);
      rows.push(
        starts.map((_, n) =>
          inRow
            .filter((other) => column(other) === n)
            .map((other) => other.text)
            .join(' '),
        ),
      );
    });
  }
  return rows;
}

test('a final commitment prints with every region’s signature state and its full hash', async ({
  page,
  hub,
}, testInfo) => {
  const seeded = await seedSigned(hub.wsUrl);
  await useProfile(page, MAGELANG_EDITOR);
  await page.goto(`${hub.httpUrl}#/cetak/komitmen/${COMMITMENT}`);

  await expect(page.getByRole('heading', { name: 'KOMITMEN BERSAMA', level: 1 })).toBeVisible();
  await expect(page.getByText(seeded.title)).toBeVisible();
  // Outside the app's frame: none of its navigation, only the print toolbar.
  await expect(page.getByRole('link', { name: 'Katalog' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cetak / Simpan PDF' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kembali' })).toBeVisible();
  await expect(page.getByText('DRAF — belum final')).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: seeded.outdated })).toContainText('Kedaluwarsa');
  await expectAccessible(page, 'commitment print page');

  await page.emulateMedia({ media: 'print' });
  const pdfPath = testInfo.outputPath('komitmen-bersama.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
  const flat = await pdfText(pdfPath);
  await writeFile(testInfo.outputPath('komitmen-bersama.txt'), flat);

  expect(flat).toContain('KAWASAN STRATEGIS PARIWISATA NASIONAL BOROBUDUR');
  expect(flat).toContain('KOMITMEN BERSAMA');
  expect(flat).toContain(seeded.title);
  expect(flat).toContain(OPENING);
  expect(flat).toContain(
    'Acara FGD Smart City KSPN Borobudur Tanggal acara 18 Februari 2025 Tempat Surakarta',
  );
  expect(flat).toContain('Status Final Putaran 1');

  // Every member region's row, in signing order, across the pages the table crosses.
  const rows = signatureRows(await pdfWords(pdfPath));
  expect(rows.map((row) => row[1])).toEqual(seeded.rows.map((row) => row.region));
  const time = /^\d{1,2} \w+ \d{4} \d{2}\.\d{2}$/;
  for (const [index, expected] of seeded.rows.entries()) {
    const [n, region, official, position, signedAt, state] = rows[index] ?? [];
    expect({ n, region, official, position, state }, expected.region).toEqual({
      n: String(expected.n),
      region: expected.region,
      official: expected.official || '—',
      position: expected.position || '—',
      state: expected.state,
    });
    if (expected.state === 'Belum') expect(signedAt).toBe('—');
    else expect(signedAt).toMatch(time);
  }
  const states = seeded.rows.map((row) => row.state);
  const signed = states.filter((state) => state === 'Sah').length;
  expect(signed).toBeGreaterThan(15);
  expect(states).toContain('Kedaluwarsa');
  expect(states).toContain('Belum');
  expect(flat).toContain(`${signed} dari 25 daerah anggota telah menandatangani naskah ini.`);
  // The full hash on one line, and the round it belongs to.
  expect(flat).toContain(seeded.hash);
  expect(flat).toMatch(/Putaran 1 /);
  // The running footer and page numbers come from the @page margin boxes.
  expect(flat).toMatch(/Dicetak dari Rembug, \d{1,2} \w+ \d{4}/);
  expect(flat).toMatch(/Halaman 1 dari \d/);
  // The toolbar is for the screen only.
  expect(flat).not.toContain('Cetak / Simpan PDF');
  expect(flat).not.toContain('Unduh DOCX');
  expect(flat).not.toContain('DRAF');
});

test('the export menu opens the print route and its print dialog, once', async ({ page, hub }) => {
  await seedDemo(hub.wsUrl);
  await useProfile(page, AREA_COORDINATOR);
  // The dialog itself is the browser's; what the page asks for is counted instead.
  await page.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  await page.goto(`${hub.httpUrl}#/komitmen/${COMMITMENT}`);
  await page.getByRole('button', { name: 'Ekspor' }).click();
  await page.getByRole('menuitem', { name: 'Cetak / Simpan PDF' }).click();
  await expect(page).toHaveURL(new RegExp(`#/cetak/komitmen/${COMMITMENT}$`));
  await expect(page.getByRole('heading', { name: 'KOMITMEN BERSAMA', level: 1 })).toBeVisible();
  const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
  await expect.poll(printed).toBe(1);

  // Reloading the print route shows the sheet again without asking to print.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'KOMITMEN BERSAMA', level: 1 })).toBeVisible();
  expect(await printed()).toBe(0);
  // Back leads to the commitment it came from.
  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(page).toHaveURL(new RegExp(`#/komitmen/${COMMITMENT}$`));
});

test('a commitment downloads as a Word file from its header', async ({ page, hub }) => {
  const seeded = await seedSigned(hub.wsUrl);
  await useProfile(page, MAGELANG_EDITOR);
  await page.goto(`${hub.httpUrl}#/komitmen/${COMMITMENT}`);
  await expect(page.getByRole('heading', { name: seeded.title })).toBeVisible();

  await page.getByRole('button', { name: 'Ekspor' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Unduh DOCX' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('komitmen-bersama-pengembangan-smart-city-kspn-borobudur.docx');
  await expect(page.getByText(`Berkas ${download.suggestedFilename()} diunduh`)).toBeVisible();

  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?KOMITMEN BERSAMA/);
  expect(xml).toContain(seeded.title);
  expect(xml).toContain(OPENING);
  expect(xml).toContain(seeded.hash);
  for (const row of seeded.rows) {
    expect(xml).toContain(`>${row.region}<`);
    if (row.official !== '') expect(xml).toContain(`>${escapeXml(row.official)}<`);
  }
  expect(xml).toContain('>Kedaluwarsa<');
  expect(xml).toContain('>Belum<');
});

test('a draft prints with a clear draft mark', async ({ page, hub }) => {
  await seedDraftCommitment(hub.wsUrl);
  await useProfile(page, AREA_COORDINATOR);
  await page.goto(`${hub.httpUrl}#/cetak/komitmen/${DRAFT_COMMITMENT.id}`);
  await expect(page.getByRole('heading', { name: 'KOMITMEN BERSAMA', level: 1 })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('DRAF — belum final');
  await expect(page.getByText(DRAFT_COMMITMENT.opening)).toBeVisible();
  // The outline's dimension headings sit right under the text's section heading.
  await expect(page.getByRole('heading', { name: 'Smart Governance', level: 3 })).toBeVisible();
  await expectAccessible(page, 'draft commitment print page');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pdfPath = test.info().outputPath('draf.pdf');
  await writeFile(pdfPath, pdf);
  const flat = await pdfText(pdfPath);
  expect(flat).toContain('DRAF — belum final');
  expect(flat).toContain('Draf');
  expect(flat).toContain('Belum ada butir komitmen.');
});

test('a print route of a commitment that is not there says so and leads back', async ({ page, hub }) => {
  await seedDemo(hub.wsUrl);
  await useProfile(page, MAGELANG_EDITOR);
  await page.goto(`${hub.httpUrl}#/cetak/komitmen/tidak-ada`);
  await expect(page.getByRole('heading', { name: 'Komitmen tidak ditemukan' })).toBeVisible();
  await page.getByRole('link', { name: 'Ke daftar komitmen' }).click();
  await expect(page).toHaveURL(/#\/komitmen$/);
});
