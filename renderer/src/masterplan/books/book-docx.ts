/**
 * A master plan book as a Word document, with no UI: the same book the printed page shows, with its
 * chapters as Word headings, its tables as Word tables (grey header row repeated on every page) and
 * "Halaman n dari m" as page fields in the footer, so the Tim Pelaksana can go on editing it in Word.
 *
 * `docx` comes in as an argument: the caller loads it on demand, so it stays out of the first paint.
 */
import type { Document, Paragraph as DocxParagraph, Table as DocxTable } from 'docx';
import { translate } from '../../../../shared/i18n/index';
import {
  A4_PAGE,
  CELL_MARGINS,
  type DocxModule,
  documentStyles,
  emptyNote,
  factsTable,
  headedTable,
  pageFooter,
  titleBlock,
} from '../../print/docx-parts';
import type { Book, BookBlock, BookCell, BookColumn, BookRow } from './book-model';

export function bookDocx(docx: DocxModule, book: Book): Document {
  const { AlignmentType, BorderStyle, HeadingLevel, Paragraph, TableCell, TableRow, TextRun } = docx;

  const cell = (lines: BookCell, options: { bold?: boolean; numeric?: boolean; span?: number } = {}) =>
    new TableCell({
      columnSpan: options.span,
      margins: CELL_MARGINS,
      children: (lines.length === 0 ? [''] : lines).map(
        (line, index) =>
          new Paragraph({
            alignment: options.numeric ? AlignmentType.RIGHT : undefined,
            // A cell's first line is its value; the lines under it are smaller notes.
            children: [new TextRun({ text: line, bold: options.bold, size: index > 0 ? 18 : undefined })],
          }),
      ),
    });

  const row = (tableRow: BookRow, columns: readonly BookColumn[]) =>
    tableRow.kind === 'group'
      ? new TableRow({
          cantSplit: true,
          children: [cell([tableRow.label], { bold: true, span: columns.length })],
        })
      : new TableRow({
          cantSplit: true,
          children: tableRow.cells.map((lines, index) =>
            cell(lines, { bold: tableRow.total, numeric: columns[index]?.numeric }),
          ),
        });

  const block = (item: BookBlock): DocxParagraph | DocxTable => {
    switch (item.kind) {
      case 'paragraph':
        return new Paragraph({ children: [new TextRun(item.text)] });
      case 'empty':
        return emptyNote(docx, item.text);
      case 'subheading':
        return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(item.text)] });
      case 'facts':
        return factsTable(
          docx,
          0.32,
          item.rows.map(
            ([label, value]) =>
              new TableRow({ cantSplit: true, children: [cell([label], { bold: true }), cell([value])] }),
          ),
        );
      case 'table':
        return headedTable(
          docx,
          item.columns.map((column) => column.width),
          item.columns.map((column) => column.label),
          item.rows.map((tableRow) => row(tableRow, item.columns)),
        );
    }
  };

  // A paragraph between two tables keeps Word from joining them into one.
  const isTable = (item: BookBlock | undefined) => item?.kind === 'table' || item?.kind === 'facts';
  const spaced = (blocks: readonly BookBlock[]) =>
    blocks.flatMap((item, index) =>
      isTable(item) && isTable(blocks[index - 1])
        ? [new Paragraph({ spacing: { after: 0 }, children: [] }), block(item)]
        : [block(item)],
    );

  const children: (DocxParagraph | DocxTable)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 0 },
      children: [new TextRun({ text: book.government, bold: true, size: 30 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 4 } },
      spacing: { after: 240 },
      children: [new TextRun({ text: book.areaName, bold: true, size: 22 })],
    }),
    ...titleBlock(docx, book.heading, book.title),
    ...book.chapters.flatMap((chapter) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(chapter.title)] }),
      ...spaced(chapter.blocks),
    ]),
  ];

  return new docx.Document({
    title: `${book.heading} — ${book.title}`,
    creator: 'Rembug',
    description: book.title,
    styles: { default: documentStyles({ after: 40 }) },
    sections: [
      {
        properties: A4_PAGE,
        footers: {
          default: pageFooter(docx, book.stamp, (n, total) =>
            translate(book.locale, { key: 'masterPlanBooks.pageOf', params: { n, total } }),
          ),
        },
        children,
      },
    ],
  });
}
