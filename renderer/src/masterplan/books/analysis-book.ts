/**
 * Buku I, Analisis Strategis: where the region stands before it plans — the readiness of each element
 * and sub-element with the team's notes, the means per element, who writes the plan (the Tim
 * Pelaksana and their OPDs) and how far the four bimtek stages have come.
 */
import type { Locale } from '../../../../shared/i18n/index';
import { READINESS, type ReadinessElement, readinessSummary } from '../../../../shared/model/master-plan';
import { type Book, type BookBlock, type BookInput, type BookRow, translator } from './book-model';
import {
  count,
  elementName,
  empty,
  frameBook,
  NONE,
  readinessMeansTable,
  scoreWord,
  stagesDone,
  stagesTable,
  subElementName,
} from './book-parts';

export function analysisBook(input: BookInput, locale: Locale): Book {
  const t = translator(locale);
  const { plan } = input;
  const means = readinessSummary(plan);
  const elements = Object.keys(READINESS) as ReadinessElement[];

  const elementBlocks = (element: ReadinessElement, n: number): BookBlock[] => {
    const scores = plan.readiness[element] as Partial<
      Record<string, { score: number; notes: string } | undefined>
    >;
    const heading: BookBlock = { kind: 'subheading', text: `3.${n} ${elementName(element, t)}` };
    const subs = READINESS[element] as readonly (typeof READINESS)[ReadinessElement][number][];
    if (subs.every((sub) => scores[sub] === undefined)) {
      return [heading, empty(t('masterPlanBooks.readiness.elementEmpty'))];
    }
    return [
      heading,
      {
        kind: 'table',
        label: elementName(element, t),
        columns: [
          { label: t('masterPlanBooks.col.subElement'), width: 25 },
          { label: t('masterPlanBooks.col.score'), width: 8, numeric: true },
          { label: t('masterPlanBooks.col.level'), width: 21 },
          { label: t('masterPlanBooks.col.notes'), width: 46 },
        ],
        rows: subs.map((sub): BookRow => {
          const score = scores[sub];
          return {
            kind: 'row',
            cells: score
              ? [
                  [subElementName(sub, t)],
                  [String(score.score)],
                  [scoreWord(score.score, t)],
                  [score.notes || NONE],
                ]
              : [[subElementName(sub, t)], [NONE], [t('masterPlanBooks.readiness.notScored')], [NONE]],
          };
        }),
      },
    ];
  };

  const meansTable = readinessMeansTable(means, t, locale);
  const readiness: BookBlock[] =
    meansTable === null
      ? [empty(t('masterPlanBooks.readiness.empty'))]
      : [
          { kind: 'paragraph', text: t('masterPlanBooks.readiness.intro') },
          meansTable,
          ...elements.flatMap((element, index) => elementBlocks(element, index + 1)),
        ];

  const opds = new Set(plan.team.map((member) => member.opd.trim()));
  const team: BookBlock[] =
    plan.team.length === 0
      ? [empty(t('masterPlanBooks.team.empty'))]
      : [
          {
            kind: 'paragraph',
            text: t('masterPlanBooks.team.summary', {
              people: count(plan.team.length),
              opds: count(opds.size),
            }),
          },
          {
            kind: 'table',
            label: t('masterPlanBooks.chapter.team'),
            columns: [
              { label: t('masterPlanBooks.col.no'), width: 6, numeric: true },
              { label: t('masterPlanBooks.col.name'), width: 30 },
              { label: t('masterPlanBooks.col.opd'), width: 40 },
              { label: t('masterPlanBooks.col.role'), width: 24 },
            ],
            rows: plan.team.map(
              (member, index): BookRow => ({
                kind: 'row',
                cells: [[String(index + 1)], [member.name], [member.opd], [member.role || NONE]],
              }),
            ),
          },
        ];

  return frameBook('analisis-strategis', input, locale, [
    {
      title: t('masterPlanBooks.chapter.stages'),
      blocks: [{ kind: 'paragraph', text: stagesDone(plan, t) }, stagesTable(plan, t, locale)],
    },
    { title: t('masterPlanBooks.chapter.team'), blocks: team },
    { title: t('masterPlanBooks.chapter.readiness'), blocks: readiness },
  ]);
}
