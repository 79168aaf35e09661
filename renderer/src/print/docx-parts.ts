/**
 * The pieces every Word export (commitment, FGD minutes) builds its document from, so they share one
 * page, one type scale and one table style: A4 with the printed page's margins, a title block,
 * numbered section headings, tables with a grey repeating header row, and a footer with the print
 * stamp on the left and "Halaman n dari m" on the right. No UI.
 *
 * `docx` comes in as an argument: the caller loads it on demand, so it stays out of the first paint.
 */
import type {
  Footer as DocxFooter,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableRow as DocxTableRow,
  ISectionPropertiesOptions,
  IStylesOptions,
} from 'docx';

export type DocxModule = Pick<
  typeof import('docx'),
  | 'AlignmentType'
  | 'BorderStyle'
  | 'Document'
  | 'ExternalHyperlink'
  | 'Footer'
  | 'Header'
  | 'HeadingLevel'
  | 'LevelFormat'
  | 'PageNumber'
  | 'Paragraph'
  | 'ShadingType'
  | 'Table'
  | 'TableCell'
  | 'TableLayoutType'
  | 'TableRow'
  | 'TextRun'
  | 'WidthType'
>;

/** A4 in twentieths of a point, with the printed page's 18 mm side margins. */
const PAGE = { width: 11906, height: 16838, side: 1021, top: 907, bottom: 1021 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;
export const SANS = 'Arial';
export const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

export const A4_PAGE: ISectionPropertiesOptions = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side },
  },
};

/** The default styles: body text, title and two heading levels, black Arial. */
export function documentStyles(titleSpacing: { before?: number; after: number }) {
  return {
    document: { run: { font: SANS, size: 21 }, paragraph: { spacing: { after: 80 } } },
    title: {
      run: { font: SANS, size: 30, bold: true, color: '000000' },
      paragraph: { spacing: titleSpacing },
    },
    heading1: {
      run: { font: SANS, size: 24, bold: true, color: '000000' },
      paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
    },
    heading2: {
      run: { font: SANS, size: 22, bold: true, color: '000000' },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
    },
  } satisfies NonNullable<IStylesOptions['default']>;
}

/** The document's kind as a Word title, then its own title in bold below, both centred. */
export function titleBlock(docx: DocxModule, heading: string, title: string): DocxParagraph[] {
  const { AlignmentType, HeadingLevel, Paragraph, TextRun } = docx;
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(heading)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: title, bold: true, size: 24 })],
    }),
  ];
}

/** "n. Title" as a Word heading 1, the numbered sections of the printed page. */
export function sectionHeading(docx: DocxModule, n: number, title: string): DocxParagraph {
  return new docx.Paragraph({
    heading: docx.HeadingLevel.HEADING_1,
    children: [new docx.TextRun(`${n}. ${title}`)],
  });
}

/** What a section says when it has nothing to list, in italics. */
export function emptyNote(docx: DocxModule, text: string): DocxParagraph {
  return new docx.Paragraph({ children: [new docx.TextRun({ text, italics: true })] });
}

/**
 * A table across the text width whose columns share it in proportion to `widths`, under a grey
 * header row that Word repeats on every page; no row splits across pages.
 */
export function headedTable(
  docx: DocxModule,
  widths: readonly number[],
  header: readonly string[],
  rows: readonly DocxTableRow[],
): DocxTable {
  const { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } = docx;
  const total = widths.reduce((sum, width) => sum + width, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map((width) => Math.round((width / total) * TEXT_WIDTH)),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map(
          (text) =>
            new TableCell({
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E7E7' },
              margins: CELL_MARGINS,
              children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })],
            }),
        ),
      }),
      ...rows,
    ],
  });
}

/** Label–value rows across the text width, the labels taking `labelShare` of it. */
export function factsTable(docx: DocxModule, labelShare: number, rows: readonly DocxTableRow[]): DocxTable {
  const label = Math.round(TEXT_WIDTH * labelShare);
  return new docx.Table({
    width: { size: TEXT_WIDTH, type: docx.WidthType.DXA },
    columnWidths: [label, TEXT_WIDTH - label],
    layout: docx.TableLayoutType.FIXED,
    rows: [...rows],
  });
}

/**
 * Every page's footer: the print stamp, and at the right margin the page sentence with Word's page
 * fields where `page` puts its two arguments.
 */
export function pageFooter(
  docx: DocxModule,
  stamp: string,
  page: (n: string, total: string) => string,
): DocxFooter {
  const { Footer, PageNumber, Paragraph, TextRun } = docx;
  // The page numbers are fields, not text: the sentence is split around a marker standing for them.
  const [before = '', between = '', after = ''] = page('\u0000', '\u0000').split('\u0000');
  const small = 16;
  return new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun({ text: stamp, size: small }),
          new TextRun({
            size: small,
            children: ['\t', before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after],
          }),
        ],
        tabStops: [{ type: 'right', position: TEXT_WIDTH }],
      }),
    ],
  });
}
