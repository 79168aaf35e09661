/**
 * An FGD's minutes as a Word document, with no UI: the same content as the printed page (the minutes
 * model), with sections as Word headings, lists as Word tables with repeating header rows, and
 * "Halaman n dari m" in the footer, so a secretariat can edit and sign it without retyping a word.
 *
 * `docx` comes in as an argument: the caller loads it on demand, so it stays out of the first paint.
 */
import type {
  Document,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableRow as DocxTableRow,
} from 'docx';
import type { MessageKey } from '../../../../shared/i18n/id';
import { type MessageParams, translate } from '../../../../shared/i18n/index';
import type { DocxModule } from '../../commitment/export/commitment-docx';
import type { FgdMinutes } from './fgd-minutes';

/** A4 in twentieths of a point, with the printed page's 18 mm side margins. */
const PAGE = { width: 11906, height: 16838, side: 1021, top: 907, bottom: 1021 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;
const SANS = 'Arial';
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

export function minutesDocx(docx: DocxModule, minutes: FgdMinutes): Document {
  const {
    AlignmentType,
    BorderStyle,
    Footer,
    HeadingLevel,
    PageNumber,
    Paragraph,
    ShadingType,
    Table,
    TableCell,
    TableLayoutType,
    TableRow,
    TextRun,
    WidthType,
  } = docx;
  const t = (key: MessageKey, params: MessageParams = {}) => translate(minutes.locale, { key, params });
  const none = t('fgdMinutes.none');

  const note = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });

  const cell = (text: string, options: { bold?: boolean; span?: number; right?: boolean } = {}) =>
    new TableCell({
      columnSpan: options.span,
      margins: CELL_MARGINS,
      children: [
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : undefined,
          children: [new TextRun({ text: text === '' ? none : text, bold: options.bold || undefined })],
        }),
      ],
    });

  const table = (widths: readonly number[], header: readonly string[], rows: readonly DocxTableRow[]) => {
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
  };

  const row = (cells: readonly ReturnType<typeof cell>[]) =>
    new TableRow({ cantSplit: true, children: [...cells] });
  const heading1 = (n: number, key: MessageKey) =>
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${n}. ${t(key)}`)] });
  const heading2 = (text: string) =>
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });

  const facts: [string, string][] = [
    [t('fgdMinutes.field.date'), minutes.date],
    [t('fgdMinutes.field.venue'), minutes.venue],
    [t('fgdMinutes.field.facilitators'), minutes.facilitators.join(', ')],
    [
      t('fgdMinutes.field.attendees'),
      t('fgdMinutes.attendeesValue', { count: minutes.attendance.length, regions: minutes.perRegion.length }),
    ],
  ];
  const factsTable = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(TEXT_WIDTH * 0.3), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.3)],
    layout: TableLayoutType.FIXED,
    rows: facts.map(([label, value]) => row([cell(label, { bold: true }), cell(value)])),
  });

  const agenda = (): (DocxTable | DocxParagraph)[] =>
    minutes.agenda.length === 0
      ? [note(t('fgdMinutes.agendaEmpty'))]
      : [
          table(
            [5, 27, 36, 10, 22],
            [
              t('fgdMinutes.col.no'),
              t('fgdMinutes.col.step'),
              t('fgdMinutes.col.instruction'),
              t('fgdMinutes.col.minutes'),
              t('fgdMinutes.col.activity'),
            ],
            minutes.agenda.map((step) =>
              row([
                cell(String(step.n), { right: true }),
                cell(step.title),
                cell(step.instruction),
                cell(t('fgdMinutes.minutesValue', { minutes: step.minutes })),
                cell(step.activity),
              ]),
            ),
          ),
        ];

  const attendance = (): (DocxTable | DocxParagraph)[] =>
    minutes.attendance.length === 0
      ? [note(t('fgdMinutes.attendanceEmpty'))]
      : [
          table(
            [6, 44, 30, 20],
            [
              t('fgdMinutes.col.no'),
              t('fgdMinutes.col.name'),
              t('fgdMinutes.col.region'),
              t('fgdMinutes.col.via'),
            ],
            minutes.attendance.map((person) =>
              row([
                cell(String(person.n), { right: true }),
                cell(person.name),
                cell(person.region),
                cell(person.via),
              ]),
            ),
          ),
          heading2(t('fgdMinutes.perRegion')),
          table(
            [70, 30],
            [t('fgdMinutes.col.region'), t('fgdMinutes.col.attendees')],
            minutes.perRegion.map((entry) =>
              row([cell(entry.region), cell(String(entry.count), { right: true })]),
            ),
          ),
        ];

  const cards = (): (DocxTable | DocxParagraph)[] => {
    if (minutes.cardSteps.length === 0) return [note(t('fgdMinutes.cardsEmpty'))];
    return minutes.cardSteps.flatMap((step) => [
      heading2(`${step.title} (${t('fgdMinutes.cardCount', { count: step.cardCount })})`),
      ...(step.anonymous ? [note(t('fgdMinutes.anonymousStep'))] : []),
      table(
        [6, 48, 18, 18, 10],
        [
          t('fgdMinutes.col.no'),
          t('fgdMinutes.col.card'),
          t('fgdMinutes.col.dimension'),
          t('fgdMinutes.col.author'),
          t('fgdMinutes.col.votes'),
        ],
        step.groups.flatMap((group) => [
          row([cell(group.clustered ? group.name : t('fgdMinutes.unclustered'), { bold: true, span: 5 })]),
          ...group.cards.map((card) =>
            row([
              cell(String(card.n), { right: true }),
              cell(card.text),
              cell(card.dimension),
              cell(card.author),
              cell(String(card.votes), { right: true }),
            ]),
          ),
        ]),
      ),
    ]);
  };

  const votes = (): (DocxTable | DocxParagraph)[] => {
    if (minutes.voteSteps.length === 0) return [note(t('fgdMinutes.votesEmpty'))];
    return minutes.voteSteps.flatMap((step) => [
      heading2(step.title),
      new Paragraph({
        children: [new TextRun(t('fgdMinutes.voteSummary', { voters: step.voters, votes: step.votes }))],
      }),
      step.results.length === 0
        ? note(t('fgdMinutes.noVotes'))
        : table(
            [12, 58, 18, 12],
            [
              t('fgdMinutes.col.rank'),
              t('fgdMinutes.col.card'),
              t('fgdMinutes.col.dimension'),
              t('fgdMinutes.col.votes'),
            ],
            step.results.map((result) =>
              row([
                cell(String(result.rank), { right: true }),
                cell(result.text),
                cell(result.dimension),
                cell(String(result.votes), { right: true }),
              ]),
            ),
          ),
    ]);
  };

  const decisions = (): (DocxTable | DocxParagraph)[] =>
    minutes.decisions.length === 0
      ? [note(t('fgdMinutes.decisionsEmpty'))]
      : [
          table(
            [5, 13, 32, 18, 13, 19],
            [
              t('fgdMinutes.col.no'),
              t('fgdMinutes.col.kind'),
              t('fgdMinutes.col.text'),
              t('fgdMinutes.col.owner'),
              t('fgdMinutes.col.due'),
              t('fgdMinutes.col.linked'),
            ],
            minutes.decisions.map((decision) =>
              row([
                cell(String(decision.n), { right: true }),
                cell(decision.kind),
                cell(decision.text),
                cell(decision.owner),
                cell(decision.dueDate),
                cell(decision.linked),
              ]),
            ),
          ),
        ];

  const stamp = t('fgdMinutes.footer', { date: minutes.printedAt });
  const [pageBefore = '', pageBetween = '', pageAfter = ''] = t('fgdMinutes.pageOf', {
    n: '\u0000',
    total: '\u0000',
  }).split('\u0000');
  const children: (DocxParagraph | DocxTable)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 4 } },
      children: [
        new TextRun({
          text: minutes.areaName.toLocaleUpperCase(minutes.locale === 'en' ? 'en-GB' : 'id-ID'),
          bold: true,
          size: 28,
        }),
      ],
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(t('fgdMinutes.heading'))],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: minutes.title, bold: true, size: 24 })],
    }),
    factsTable,
    heading1(1, 'fgdMinutes.section.agenda'),
    ...agenda(),
    heading1(2, 'fgdMinutes.section.attendance'),
    ...attendance(),
    heading1(3, 'fgdMinutes.section.cards'),
    ...cards(),
    heading1(4, 'fgdMinutes.section.votes'),
    ...votes(),
    heading1(5, 'fgdMinutes.section.decisions'),
    ...decisions(),
  ];

  const small = 16;
  return new docx.Document({
    title: t('fgdMinutes.documentTitle', { title: minutes.title }),
    creator: 'Rembug',
    description: t('fgdMinutes.heading'),
    styles: {
      default: {
        document: { run: { font: SANS, size: 21 }, paragraph: { spacing: { after: 80 } } },
        title: {
          run: { font: SANS, size: 30, bold: true, color: '000000' },
          paragraph: { spacing: { before: 200, after: 40 } },
        },
        heading1: {
          run: { font: SANS, size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: SANS, size: 22, bold: true, color: '000000' },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: stamp, size: small }),
                  new TextRun({
                    size: small,
                    children: [
                      '\t',
                      pageBefore,
                      PageNumber.CURRENT,
                      pageBetween,
                      PageNumber.TOTAL_PAGES,
                      pageAfter,
                    ],
                  }),
                ],
                tabStops: [{ type: 'right', position: TEXT_WIDTH }],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}
