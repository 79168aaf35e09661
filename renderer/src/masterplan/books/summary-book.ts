/**
 * Buku III, Ringkasan Eksekutif: the master plan on a few pages for the regional head — how ready the
 * region is, how many programmes and quick wins each dimension has, the largest programmes, the quick
 * wins and how far the bimtek stages have come.
 */
import type { Locale } from '../../../../shared/i18n/index';
import { readinessSummary } from '../../../../shared/model/master-plan';
import { type Book, type BookBlock, type BookInput, type BookRow, translator } from './book-model';
import {
  count,
  dimensionName,
  empty,
  frameBook,
  money,
  quickWinsTable,
  readinessMeansTable,
  stagesDone,
  stagesTable,
  totalBudget,
} from './book-parts';

/** How many programmes the summary names: the largest by budget. */
export const TOP_PROGRAMMES = 5;

export function summaryBook(input: BookInput, locale: Locale): Book {
  const t = translator(locale);
  const { plan } = input;
  const opds = new Set(plan.team.map((member) => member.opd.trim()));

  const overview: BookBlock[] = [
    { kind: 'paragraph', text: t('masterPlanBooks.summary.intro', { region: input.regionName }) },
    {
      kind: 'facts',
      label: t('masterPlanBooks.chapter.overview'),
      rows: [
        [t('masterPlanBooks.field.stages'), stagesDone(plan, t)],
        [
          t('masterPlanBooks.field.team'),
          plan.team.length === 0
            ? t('masterPlanBooks.team.none')
            : t('masterPlanBooks.team.summaryShort', {
                people: count(plan.team.length),
                opds: count(opds.size),
              }),
        ],
        [t('masterPlanBooks.field.programmes'), count(plan.programmes.length)],
        [t('masterPlanBooks.field.quickWins'), count(plan.quickWins.length)],
        [t('masterPlanBooks.field.budget'), money(totalBudget(plan.programmes))],
      ],
    },
  ];

  const meansTable = readinessMeansTable(readinessSummary(plan), t, locale);
  const readiness = meansTable ?? empty(t('masterPlanBooks.readiness.empty'));

  // Both lists per dimension; "Dimensi lain" once, when either has entries outside the area's.
  const known = new Set(input.pillars.map((pillar) => pillar.id));
  const other = { id: null, name: t('masterPlanBooks.otherDimension') };
  const hasOthers = [...plan.programmes, ...plan.quickWins].some((entry) => !known.has(entry.pillarId));
  const rows = [...input.pillars, ...(hasOthers ? [other] : [])].map((pillar) => {
    const inDimension = (entry: { pillarId: string }) =>
      pillar.id === null ? !known.has(entry.pillarId) : entry.pillarId === pillar.id;
    return {
      name: pillar.name,
      programmes: plan.programmes.filter(inDimension),
      quickWins: plan.quickWins.filter(inDimension).length,
    };
  });
  const dimensions: BookBlock =
    plan.programmes.length === 0 && plan.quickWins.length === 0
      ? empty(t('masterPlanBooks.summary.dimensionsEmpty'))
      : {
          kind: 'table',
          label: t('masterPlanBooks.chapter.dimensions'),
          columns: [
            { label: t('masterPlanBooks.col.dimension'), width: 34 },
            { label: t('masterPlanBooks.col.programmeCount'), width: 18, numeric: true },
            { label: t('masterPlanBooks.col.quickWinCount'), width: 18, numeric: true },
            { label: t('masterPlanBooks.col.budget'), width: 30, numeric: true },
          ],
          rows: rows.map(
            (row): BookRow => ({
              kind: 'row',
              cells: [
                [row.name],
                [count(row.programmes.length)],
                [count(row.quickWins)],
                [money(totalBudget(row.programmes))],
              ],
            }),
          ),
        };

  // The largest first; unbudgeted ones after, by name (the order they are read in).
  const top = [...plan.programmes]
    .sort((a, b) => (b.budget.amount ?? -1) - (a.budget.amount ?? -1))
    .slice(0, TOP_PROGRAMMES);
  const topProgrammes: BookBlock =
    top.length === 0
      ? empty(t('masterPlanBooks.programmes.empty'))
      : {
          kind: 'table',
          label: t('masterPlanBooks.chapter.topProgrammes'),
          columns: [
            { label: t('masterPlanBooks.col.no'), width: 6, numeric: true },
            { label: t('masterPlanBooks.col.programme'), width: 36 },
            { label: t('masterPlanBooks.col.dimension'), width: 18 },
            { label: t('masterPlanBooks.col.leadOpd'), width: 20 },
            { label: t('masterPlanBooks.col.budget'), width: 20, numeric: true },
          ],
          rows: top.map(
            (programme, index): BookRow => ({
              kind: 'row',
              cells: [
                [String(index + 1)],
                [programme.name],
                [dimensionName(programme.pillarId, input.pillars, t)],
                [programme.leadOpd],
                [money(programme.budget.amount)],
              ],
            }),
          ),
        };

  const quickWinList: BookBlock =
    plan.quickWins.length === 0
      ? empty(t('masterPlanBooks.quickWins.empty'))
      : quickWinsTable(plan.quickWins, input.pillars, t);

  return frameBook('ringkasan-eksekutif', input, locale, [
    { title: t('masterPlanBooks.chapter.overview'), blocks: overview },
    { title: t('masterPlanBooks.chapter.readiness'), blocks: [readiness] },
    { title: t('masterPlanBooks.chapter.dimensions'), blocks: [dimensions] },
    { title: t('masterPlanBooks.chapter.topProgrammes'), blocks: [topProgrammes] },
    { title: t('masterPlanBooks.chapter.quickWins'), blocks: [quickWinList] },
    {
      title: t('masterPlanBooks.chapter.stages'),
      blocks: [{ kind: 'paragraph', text: stagesDone(plan, t) }, stagesTable(plan, t, locale)],
    },
  ]);
}
