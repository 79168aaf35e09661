/**
 * A commitment as a Word document, with no UI: the same content as the printed page (commitment-document
 * model), with the text's headings as Word headings, its lists as Word lists and its marks as run
 * formatting, so a regional secretariat can edit the layout for a ceremony without retyping a word.
 *
 * `docx` comes in as an argument: the caller loads it on demand, so it stays out of the first paint.
 */
import type {
  Document,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  IParagraphOptions,
  ParagraphChild,
} from 'docx';
import type { MessageKey } from '../../../../shared/i18n/id';
import { type MessageParams, translate } from '../../../../shared/i18n/index';
import {
  A4_PAGE,
  CELL_MARGINS,
  type DocxModule,
  documentStyles,
  emptyNote,
  factsTable,
  headedTable,
  sectionHeading as numberedHeading,
  pageFooter,
  SANS,
  titleBlock,
} from '../../print/docx-parts';
import { type NoteMark, type NoteNode, notesEmpty } from '../../replication/export/notes-tree';
import { type CommitmentDocumentModel, headingLevel } from './commitment-document';

const ORDERED = 'commitment-ordered';
const TEXT_HEADINGS = ['HEADING_2', 'HEADING_3', 'HEADING_4', 'HEADING_5', 'HEADING_6'] as const;
const MONO = 'Courier New';

type ListContext = { kind: 'bullet' | 'ordered'; level: number; instance: number };

export function commitmentDocx(docx: DocxModule, model: CommitmentDocumentModel): Document {
  const {
    AlignmentType,
    BorderStyle,
    ExternalHyperlink,
    Header,
    HeadingLevel,
    LevelFormat,
    Paragraph,
    TableCell,
    TableRow,
    TextRun,
  } = docx;
  const t = (key: MessageKey, params: MessageParams = {}) => translate(model.locale, { key, params });
  const none = t('commitmentPrint.none');
  let nextInstance = 0;

  const plain = (text: string, options: IParagraphOptions = {}) =>
    new Paragraph({ ...options, children: [new TextRun(text)] });

  const markedRun = (text: string, marks: readonly NoteMark[]) => {
    const has = (name: string) => marks.some((mark) => mark.name === name);
    return new TextRun({
      text,
      bold: has('bold') || undefined,
      italics: has('italic') || undefined,
      strike: has('strike') || undefined,
      underline: has('underline') ? {} : undefined,
      font: has('code') ? MONO : undefined,
    });
  };

  /** The inline content of a block: text runs with their marks, line breaks, links. */
  const inline = (nodes: readonly NoteNode[]): ParagraphChild[] =>
    nodes.flatMap((node): ParagraphChild[] => {
      if (node.kind === 'text') {
        const link = node.marks.find((mark) => mark.name === 'link' && mark.href);
        const run = markedRun(node.text, node.marks);
        return link?.href ? [new ExternalHyperlink({ link: link.href, children: [run] })] : [run];
      }
      if (node.name === 'hardBreak') return [new TextRun({ break: 1 })];
      return inline(node.children);
    });

  const listProps = (list: ListContext | null, marker: boolean): IParagraphOptions => {
    if (!list) return {};
    // A list item's later paragraphs sit under its text, without a marker of their own.
    if (!marker) return { indent: { left: 720 * (list.level + 1) } };
    return list.kind === 'bullet'
      ? { bullet: { level: list.level } }
      : { numbering: { reference: ORDERED, level: list.level, instance: list.instance } };
  };

  /** `extra` is what an enclosing block gives its paragraphs: a quotation's indent and rule. */
  const blocks = (
    nodes: readonly NoteNode[],
    list: ListContext | null,
    extra: IParagraphOptions = {},
  ): DocxParagraph[] => {
    const out: DocxParagraph[] = [];
    let pendingInline: NoteNode[] = [];
    const flush = () => {
      if (pendingInline.length > 0) out.push(new Paragraph({ ...extra, children: inline(pendingInline) }));
      pendingInline = [];
    };
    for (const node of nodes) {
      if (node.kind === 'text' || node.name === 'hardBreak') {
        pendingInline.push(node);
        continue;
      }
      flush();
      const marker = list !== null && out.length === 0;
      switch (node.name) {
        case 'paragraph':
          out.push(new Paragraph({ ...extra, ...listProps(list, marker), children: inline(node.children) }));
          break;
        case 'heading': {
          const level = TEXT_HEADINGS[Math.min(headingLevel(node.attrs.level), TEXT_HEADINGS.length) - 1];
          out.push(
            new Paragraph({ heading: HeadingLevel[level ?? 'HEADING_2'], children: inline(node.children) }),
          );
          break;
        }
        case 'bulletList':
        case 'taskList':
        case 'orderedList': {
          const kind = node.name === 'orderedList' ? 'ordered' : 'bullet';
          const level = list ? Math.min(list.level + 1, 8) : 0;
          const instance = kind === 'ordered' ? nextInstance++ : 0;
          for (const item of node.children) {
            if (item.kind === 'element') out.push(...blocks(item.children, { kind, level, instance }));
          }
          break;
        }
        case 'blockquote':
          out.push(
            ...blocks(node.children, list, {
              indent: { left: 567 },
              border: { left: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 8 } },
            }),
          );
          break;
        case 'codeBlock': {
          const lines = node.children
            .map((child) => (child.kind === 'text' ? child.text : ''))
            .join('')
            .split('\n');
          out.push(
            new Paragraph({
              children: lines.map(
                (line, index) => new TextRun({ text: line, font: MONO, break: index > 0 ? 1 : undefined }),
              ),
            }),
          );
          break;
        }
        case 'horizontalRule':
          out.push(
            new Paragraph({
              border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
              children: [],
            }),
          );
          break;
        default:
          // A node type this version does not know (an extension added later): its text still shows.
          out.push(...blocks(node.children, list, extra));
      }
    }
    flush();
    return out;
  };

  const cellParagraphs = (lines: readonly string[], options: IParagraphOptions = {}) =>
    (lines.length === 0 ? [none] : lines).map((line) => plain(line, options));

  const cell = (lines: readonly string[] | string, options: { bold?: boolean; span?: number } = {}) =>
    new TableCell({
      columnSpan: options.span,
      margins: CELL_MARGINS,
      children:
        typeof lines === 'string' && options.bold
          ? [new Paragraph({ children: [new TextRun({ text: lines, bold: true })] })]
          : cellParagraphs(typeof lines === 'string' ? [lines] : lines),
    });

  const facts = (rows: readonly (readonly [string, string])[]) =>
    factsTable(
      docx,
      0.32,
      rows.map(
        ([label, value]) =>
          new TableRow({ cantSplit: true, children: [cell(label, { bold: true }), cell(value || none)] }),
      ),
    );

  const sectionHeading = (n: number, key: MessageKey) => numberedHeading(docx, n, t(key));

  const itemsTable = (): DocxTable | DocxParagraph => {
    if (model.dimensions.length === 0) return emptyNote(docx, t('commitmentPrint.itemsEmpty'));
    let number = 0;
    const rows = model.dimensions.flatMap((dimension) => [
      new TableRow({ cantSplit: true, children: [cell(dimension.name, { bold: true, span: 5 })] }),
      ...dimension.items.map((item) => {
        number += 1;
        return new TableRow({
          cantSplit: true,
          children: [
            cell(String(number)),
            cell(item.title),
            cell(item.lead),
            cell(item.supporting),
            cell(item.followUps),
          ],
        });
      }),
    ]);
    return headedTable(
      docx,
      [5, 33, 20, 22, 20],
      [
        t('commitmentPrint.col.no'),
        t('commitmentPrint.col.item'),
        t('commitmentPrint.col.lead'),
        t('commitmentPrint.col.supporting'),
        t('commitmentPrint.col.followUps'),
      ],
      rows,
    );
  };

  const signaturesTable = () =>
    headedTable(
      docx,
      [5, 22, 25, 19, 16, 13],
      [
        t('commitmentPrint.col.no'),
        t('commitmentPrint.col.region'),
        t('commitmentPrint.col.official'),
        t('commitmentPrint.col.position'),
        t('commitmentPrint.col.signedAt'),
        t('commitmentPrint.col.state'),
      ],
      model.signatures.map(
        (signature, index) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(String(index + 1)),
              cell(signature.regionName),
              cell(signature.official || none),
              cell(signature.position || none),
              cell(signature.signedDate === '' ? none : [signature.signedDate, signature.signedTime]),
              cell(t(`commitmentPrint.state.${signature.state}`)),
            ],
          }),
      ),
    );

  const stamp = t(model.draft ? 'commitmentPrint.footerDraft' : 'commitmentPrint.footer', {
    date: model.printedAt,
  });
  const children: (DocxParagraph | DocxTable)[] = [
    plain(model.areaName.toLocaleUpperCase(model.locale === 'en' ? 'en-GB' : 'id-ID'), {
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 4 } },
    }),
    ...titleBlock(docx, t('commitmentPrint.heading'), model.title),
  ];
  if (model.draft) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: {
          top: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
          bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
        },
        spacing: { after: 120 },
        children: [
          new TextRun({ text: t('commitmentPrint.draftMark'), bold: true, size: 26 }),
          new TextRun({ text: t('commitmentPrint.draftNote'), break: 1 }),
        ],
      }),
    );
  }
  children.push(
    facts([
      [t('commitmentPrint.field.area'), model.areaName],
      [t('commitmentPrint.field.event'), model.event.title],
      [t('commitmentPrint.field.date'), model.event.date],
      [t('commitmentPrint.field.venue'), model.event.venue],
      [t('commitmentPrint.field.status'), t(`commitmentPrint.status.${model.stage}`)],
      [t('commitmentPrint.field.round'), String(model.round)],
      [
        t('commitmentPrint.field.signed'),
        t('commitmentPrint.signedValue', { signed: model.signed, total: model.signatures.length }),
      ],
    ]),
    sectionHeading(1, 'commitmentPrint.section.text'),
    ...(!notesEmpty(model.text)
      ? blocks(model.text, null)
      : [emptyNote(docx, t('commitmentPrint.textEmpty'))]),
    sectionHeading(2, 'commitmentPrint.section.items'),
    itemsTable(),
    sectionHeading(3, 'commitmentPrint.section.signatures'),
    plain(t('commitmentPrint.signaturesSummary', { signed: model.signed, total: model.signatures.length })),
    signaturesTable(),
    new Paragraph({
      spacing: { before: 80 },
      children: [new TextRun({ text: t('commitmentPrint.signaturesNote'), size: 18 })],
    }),
    sectionHeading(4, 'commitmentPrint.section.validity'),
    facts([
      [t('commitmentPrint.field.hash'), model.hash],
      [t('commitmentPrint.field.round'), String(model.round)],
      [t('commitmentPrint.field.printedAt'), model.printedAt],
    ]),
    new Paragraph({
      spacing: { before: 80 },
      children: [new TextRun({ text: t('commitmentPrint.hashNote'), size: 18 })],
    }),
  );

  return new docx.Document({
    title: model.title,
    creator: 'Rembug',
    description: t('commitmentPrint.heading'),
    styles: {
      default: {
        ...documentStyles({ after: 40 }),
        heading3: {
          run: { font: SANS, size: 21, bold: true, italics: true, color: '000000' },
          paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: A4_PAGE,
        headers: model.draft
          ? {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [new TextRun({ text: t('commitmentPrint.draftMark'), bold: true })],
                  }),
                ],
              }),
            }
          : undefined,
        footers: {
          default: pageFooter(docx, stamp, (n, total) => t('commitmentPrint.pageOf', { n, total })),
        },
        children,
      },
    ],
  });
}
