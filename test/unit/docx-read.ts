/**
 * Reading a Word export back for tests: pack the `docx` Document, unzip it, and take its parts'
 * paragraphs and table rows as plain text, so a test asserts what Word would show.
 */
import { type Document, Packer } from 'docx';
import JSZip from 'jszip';

export type DocxPackage = { zip: JSZip; document: string; footer: string };

/** The packed file's word/document.xml and its (first) footer part. */
export async function readDocx(built: Document): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(built));
  const document = await zip.file('word/document.xml')?.async('string');
  if (document === undefined) throw new Error('no word/document.xml in the package');
  const footerName = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? '';
  const footer = (await zip.file(footerName)?.async('string')) ?? '';
  return { zip, document, footer };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);

export type DocxParagraph = { style: string | null; numbered: boolean; text: string; xml: string };

/** The paragraphs of a part, each with its style, whether it is a list item, and its runs' text joined. */
export function docxParagraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    numbered: p.includes('<w:numPr>'),
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join(''),
    xml: p,
  }));
}

/** Rows of every table, each row its cells' text (a cell's paragraphs joined by " / "). */
export function docxTableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) =>
      docxParagraphs(tc)
        .map((p) => p.text)
        .join(' / '),
    ),
  );
}
