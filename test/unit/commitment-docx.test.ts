/**
 * The commitment as a Word file: built from a plain document model, packed by `docx`, unzipped and
 * its document.xml read back — real Word headings, list numbering, run formatting and table cells.
 */

import * as docx from 'docx';
import type JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type CommitmentDocumentModel,
  commitmentDocument,
  commitmentFileName,
  commitmentText,
} from '../../renderer/src/commitment/export/commitment-document.js';
import { commitmentDocx } from '../../renderer/src/commitment/export/commitment-docx.js';
import { type NoteNode, notesTree } from '../../renderer/src/replication/export/notes-tree.js';
import type { SigningBoard } from '../../shared/model/commitment.js';
import { docxParagraphs, docxTableRows, readDocx } from './docx-read.js';

const HASH = 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';

const text = (words: string, ...marks: string[]): NoteNode => ({
  kind: 'text',
  text: words,
  marks: marks.map((name) => ({ name })),
});
const el = (name: string, children: NoteNode[], attrs: Record<string, unknown> = {}): NoteNode => ({
  kind: 'element',
  name,
  attrs,
  children,
});

function model(overrides: Partial<CommitmentDocumentModel> = {}): CommitmentDocumentModel {
  return {
    locale: 'id',
    title: 'Komitmen Bersama Smart City Kawasan Borobudur',
    areaName: 'Kawasan Strategis Pariwisata Nasional Borobudur',
    event: { title: 'FGD Smart City KSPN Borobudur', date: '18 Februari 2025', venue: 'Surakarta' },
    stage: 'final',
    draft: false,
    round: 1,
    hash: HASH,
    text: [
      el('heading', [text('Smart Governance')], { level: 1 }),
      el('paragraph', [
        text('Kami '),
        text('bersepakat', 'bold'),
        text(' dengan '),
        text('sungguh', 'italic'),
      ]),
      el('bulletList', [
        el('listItem', [el('paragraph', [text('Satu data daerah')])]),
        el('listItem', [el('paragraph', [text('Layanan terpadu')])]),
      ]),
      el('orderedList', [el('listItem', [el('paragraph', [text('Rapat triwulanan')])])]),
    ],
    dimensions: [
      {
        name: 'Smart Governance',
        items: [
          {
            title: 'Program bersama Smart Governance',
            lead: ['Kabupaten Klaten'],
            supporting: ['Kota Magelang', 'Kabupaten Sleman'],
            followUps: ['Rapat koordinasi triwulanan'],
          },
        ],
      },
    ],
    signatures: [
      {
        regionName: 'Kota Surakarta',
        state: 'signed',
        official: 'Budi Santoso, S.Kom., M.Si.',
        position: 'Kepala Dinas Komunikasi dan Informatika',
        signedDate: '18 Februari 2025',
        signedTime: '10.15',
      },
      {
        regionName: 'Kabupaten Klaten',
        state: 'outdated',
        official: 'Sri Wahyuni',
        position: 'Sekretaris Dinas',
        signedDate: '17 Februari 2025',
        signedTime: '09.00',
      },
      {
        regionName: 'Kabupaten Wonosobo',
        state: 'pending',
        official: '',
        position: '',
        signedDate: '',
        signedTime: '',
      },
    ],
    signed: 1,
    printedAt: '23 November 2026 16.05',
    ...overrides,
  };
}

async function documentXml(input: CommitmentDocumentModel): Promise<{ xml: string; zip: JSZip }> {
  const { document, zip } = await readDocx(commitmentDocx(docx, input));
  return { xml: document, zip };
}

describe('commitment DOCX', () => {
  it('writes the title, the text with Word headings, bold and italic runs and lists', async () => {
    const { xml, zip } = await documentXml(model());
    const all = docxParagraphs(xml);
    const find = (words: string) => all.find((p) => p.text === words);

    expect(find('KOMITMEN BERSAMA')?.style).toBe('Title');
    expect(find('Komitmen Bersama Smart City Kawasan Borobudur')).toBeDefined();
    expect(find('1. Naskah komitmen')?.style).toBe('Heading1');
    expect(find('2. Butir komitmen per dimensi')?.style).toBe('Heading1');
    expect(find('3. Tanda tangan daerah anggota')?.style).toBe('Heading1');
    // The text's own headings sit one level under the document's sections.
    expect(find('Smart Governance')?.style).toBe('Heading2');

    const sentence = find('Kami bersepakat dengan sungguh');
    expect(sentence).toBeDefined();
    expect(sentence?.xml).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>bersepakat<\/w:t>/);
    expect(sentence?.xml).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>sungguh<\/w:t>/);
    expect(sentence?.xml).not.toMatch(/<w:b\/>[\s\S]*>Kami /);

    for (const item of ['Satu data daerah', 'Layanan terpadu', 'Rapat triwulanan']) {
      expect(find(item)?.numbered, item).toBe(true);
    }
    // The bullets and the ordered list are two lists, with their own numbering definitions.
    const numIds = ['Satu data daerah', 'Rapat triwulanan'].map(
      (words) => /<w:numId w:val="(\d+)"/.exec(find(words)?.xml ?? '')?.[1],
    );
    expect(numIds[0]).toBeDefined();
    expect(numIds[0]).not.toBe(numIds[1]);
    const numbering = await zip.file('word/numbering.xml')?.async('string');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
    const styles = await zip.file('word/styles.xml')?.async('string');
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('w:styleId="Title"');
  });

  it('writes the items per dimension and the signature of every member region', async () => {
    const { xml } = await documentXml(model());
    const rows = docxTableRows(xml);
    expect(rows).toContainEqual(['No', 'Butir', 'Daerah pemimpin', 'Daerah pendukung', 'Tindak lanjut']);
    expect(rows).toContainEqual(['Smart Governance']);
    expect(rows).toContainEqual([
      '1',
      'Program bersama Smart Governance',
      'Kabupaten Klaten',
      'Kota Magelang / Kabupaten Sleman',
      'Rapat koordinasi triwulanan',
    ]);
    expect(rows).toContainEqual([
      'No',
      'Daerah',
      'Nama pejabat',
      'Jabatan',
      'Waktu tanda tangan',
      'Keterangan',
    ]);
    expect(rows).toContainEqual([
      '1',
      'Kota Surakarta',
      'Budi Santoso, S.Kom., M.Si.',
      'Kepala Dinas Komunikasi dan Informatika',
      '18 Februari 2025 / 10.15',
      'Sah',
    ]);
    expect(rows).toContainEqual([
      '2',
      'Kabupaten Klaten',
      'Sri Wahyuni',
      'Sekretaris Dinas',
      '17 Februari 2025 / 09.00',
      'Kedaluwarsa',
    ]);
    expect(rows).toContainEqual(['3', 'Kabupaten Wonosobo', '—', '—', '—', 'Belum']);
    // The full hash, in one run, and the round it belongs to.
    expect(rows).toContainEqual(['Sidik naskah (SHA-256)', HASH]);
    expect(rows).toContainEqual(['Putaran', '1']);
    expect(rows).toContainEqual(['Status', 'Final']);
    // The table headers repeat on every page a long table crosses.
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).not.toContain('DRAF');
  });

  it('marks a commitment that is not final as a draft on every page', async () => {
    const { xml, zip } = await documentXml(model({ draft: true, stage: 'review' }));
    expect(docxParagraphs(xml).some((p) => p.text.startsWith('DRAF — belum final'))).toBe(true);
    const headers = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
    const headerTexts = await Promise.all(headers.map((name) => zip.file(name)?.async('string')));
    expect(headerTexts.some((header) => header?.includes('DRAF — belum final'))).toBe(true);
    expect(docxTableRows(xml)).toContainEqual(['Status', 'Dalam peninjauan']);
  });

  it('says so when there are no items and no text yet, in English too', async () => {
    const { xml } = await documentXml(model({ locale: 'en', dimensions: [], text: [el('paragraph', [])] }));
    const texts = docxParagraphs(xml).map((p) => p.text);
    expect(texts).toContain('The text has not been written yet.');
    expect(texts).toContain('No commitment items yet.');
    expect(texts).toContain('JOINT COMMITMENT');
  });
});

describe('commitment document model', () => {
  it('reads the editor fragment: mentions become region names, headings start at level 1', () => {
    const ydoc = new Y.Doc();
    const fragment = ydoc.getXmlFragment('text');
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 2 as unknown as string);
    heading.insert(0, [new Y.XmlText('Smart Living')]);
    const paragraph = new Y.XmlElement('paragraph');
    const mention = new Y.XmlElement('mention');
    mention.setAttribute('id', '33.10');
    mention.setAttribute('label', 'Klaten');
    const bold = new Y.XmlText();
    paragraph.insert(0, [new Y.XmlText('Dipimpin oleh '), mention, bold]);
    fragment.insert(0, [heading, paragraph]);
    bold.insert(0, ' bersama', { bold: true });

    const tree = commitmentText(notesTree(fragment));
    expect(tree[0]).toMatchObject({ kind: 'element', name: 'heading', attrs: { level: 1 } });
    expect(tree[1]).toEqual(
      el('paragraph', [text('Dipimpin oleh '), text('Kabupaten Klaten'), text(' bersama', 'bold')]),
    );
    // A code outside the region list keeps the label the editor showed.
    expect(commitmentText([el('mention', [], { id: '99.99', label: 'Daerah Baru' })])).toEqual([
      text('Daerah Baru'),
    ]);
  });

  it('groups items per dimension in the area’s order and lists every member’s signature state', () => {
    const board: SigningBoard = {
      regions: [
        {
          code: '33.72',
          state: 'signed',
          signature: {
            official: 'Budi Santoso',
            position: 'Kepala Dinas',
            commitmentId: 'komitmen',
            regionCode: '33.72',
            hash: HASH,
            signed: {
              by: { name: 'Budi', region: '33.72', role: 'regionEditor' },
              at: '2025-02-18T10:15:00.000Z',
            },
          },
        },
        { code: '33.10', state: 'pending', signature: null },
      ],
      signed: 1,
      complete: false,
    };
    const stamp = {
      by: { name: 'Sekretariat', region: null, role: 'coordinator' as const },
      at: '2025-02-01T00:00:00Z',
    };
    const item = (id: string, pillarId: string, order: number) => ({
      id,
      pillarId,
      title: `Butir ${id}`,
      lead: ['33.10'],
      supporting: [],
      followUps: [],
      order,
      updated: stamp,
    });
    const result = commitmentDocument(
      {
        commitment: {
          title: 'Komitmen',
          event: { title: 'FGD', date: '2025-02-18', venue: 'Surakarta' },
          status: 'final',
          round: 0,
          items: [item('a', 'living', 0), item('b', 'governance', 1), item('c', 'hilang', 2)],
          versions: [],
          hash: HASH,
        },
        board,
        text: [],
        areaName: 'Kawasan Borobudur',
        pillars: [
          { id: 'governance', name: 'Smart Governance' },
          { id: 'branding', name: 'Smart Branding' },
          { id: 'living', name: 'Smart Living' },
        ],
        otherDimension: 'Dimensi lain',
        printedAt: new Date('2026-11-23T09:05:00Z'),
      },
      'id',
    );
    expect(result.dimensions.map((d) => [d.name, d.items.map((i) => i.title)])).toEqual([
      ['Smart Governance', ['Butir b']],
      ['Smart Living', ['Butir a']],
      ['Dimensi lain', ['Butir c']],
    ]);
    expect(result.dimensions[0]?.items[0]?.lead).toEqual(['Kabupaten Klaten']);
    expect(result.event.date).toBe('18 Februari 2025');
    expect(result).toMatchObject({ draft: false, stage: 'final', round: 1, hash: HASH, signed: 1 });
    expect(result.signatures.map((s) => [s.regionName, s.state, s.official])).toEqual([
      ['Kota Surakarta', 'signed', 'Budi Santoso'],
      ['Kabupaten Klaten', 'pending', ''],
    ]);
    // The reader's calendar and clock (the test runs in any time zone): a date, and a time of day.
    expect(result.signatures[0]?.signedDate).toMatch(/^1[89] Februari 2025$/);
    expect(result.signatures[0]?.signedTime).toMatch(/^\d{2}\.\d{2}$/);
    expect(result.signatures[1]).toMatchObject({ signedDate: '', signedTime: '' });
  });

  it('names the file after the title', () => {
    expect(commitmentFileName('Komitmen Bersama Smart City (KSPN Borobudur) 2026')).toBe(
      'komitmen-bersama-smart-city-kspn-borobudur-2026.docx',
    );
    expect(commitmentFileName('…')).toBe('komitmen-bersama.docx');
  });
});
