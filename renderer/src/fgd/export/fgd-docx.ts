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
import {
  A4_PAGE,
  CELL_MARGINS,
  type DocxModule,
  documentStyles,
  emptyNote,
  factsTable,
  headedTable,
  pageFooter,
  sectionHeading,
  titleBlock,
} from '../../print/docx-parts';
import type { FgdMinutes } from './fgd-minutes';

export function minutesDocx(docx: DocxModule, minutes: FgdMinutes): Document {
  const { AlignmentType, BorderStyle, HeadingLevel, Paragraph, TableCell, TableRow, TextRun } = docx;
  const t = (key: MessageKey, params: MessageParams = {}) => translate(minutes.locale, { key, params });
  const none = t('fgdMinutes.none');

  const note = (text: string) => emptyNote(docx, text);

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

  const table = (widths: readonly number[], header: readonly string[], rows: readonly DocxTableRow[]) =>
    headedTable(docx, widths, header, rows);

  const row = (cells: readonly ReturnType<typeof cell>[]) =>
    new TableRow({ cantSplit: true, children: [...cells] });
  const heading1 = (n: number, key: MessageKey) => sectionHeading(docx, n, t(key));
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
  const factsBlock = factsTable(
    docx,
    0.3,
    facts.map(([label, value]) => row([cell(label, { bold: true }), cell(value)])),
  );

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
    ...titleBlock(docx, t('fgdMinutes.heading'), minutes.title),
    factsBlock,
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

  return new docx.Document({
    title: t('fgdMinutes.documentTitle', { title: minutes.title }),
    creator: 'Rembug',
    description: t('fgdMinutes.heading'),
    styles: { default: documentStyles({ before: 200, after: 40 }) },
    sections: [
      {
        properties: A4_PAGE,
        footers: { default: pageFooter(docx, stamp, (n, total) => t('fgdMinutes.pageOf', { n, total })) },
        children,
      },
    ],
  });
}
