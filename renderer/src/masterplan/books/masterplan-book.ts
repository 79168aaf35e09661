/**
 * Buku II, Masterplan: the strategy per smart-city dimension — each programme from the RPJMD and the
 * OPDs' Renstra with its lead OPD, reference, budget and the innovations and replication plans it
 * builds on — then the roadmap by horizon (1 tahun, 5 tahun, jangka panjang) and the budget per
 * dimension and overall.
 */
import type { Locale } from '../../../../shared/i18n/index';
import {
  type Book,
  type BookBlock,
  type BookInput,
  type BookRow,
  type Translate,
  translator,
} from './book-model';
import {
  budgetCell,
  byDimension,
  count,
  dimensionName,
  empty,
  frameBook,
  money,
  NONE,
  type Programme,
  totalBudget,
} from './book-parts';

export const HORIZONS = [
  'satuTahun',
  'limaTahun',
  'jangkaPanjang',
] as const satisfies readonly Programme['horizon'][];

/** The programme's name, then what it builds on, one line each. */
function programmeCell(programme: Programme, input: BookInput, t: Translate): string[] {
  const innovations = programme.innovations.map(
    (key) => input.innovationNames.get(key) ?? t('masterPlanBooks.programme.unknownInnovation'),
  );
  const plans = programme.replicationPlans.map(
    (id) => input.planNames.get(id) ?? t('masterPlanBooks.programme.unknownPlan'),
  );
  const lines = [programme.name];
  if (innovations.length > 0)
    lines.push(t('masterPlanBooks.programme.innovations', { names: innovations.join('; ') }));
  if (plans.length > 0) lines.push(t('masterPlanBooks.programme.plans', { names: plans.join('; ') }));
  return lines;
}

export function masterplanBook(input: BookInput, locale: Locale): Book {
  const t = translator(locale);
  const { plan } = input;
  const dimensions = byDimension(plan.programmes, input.pillars, t);

  const strategy: BookBlock[] =
    plan.programmes.length === 0
      ? [empty(t('masterPlanBooks.programmes.empty'))]
      : [
          { kind: 'paragraph', text: t('masterPlanBooks.strategy.intro') },
          ...dimensions.flatMap((dimension, index): BookBlock[] => {
            const heading: BookBlock = { kind: 'subheading', text: `1.${index + 1} ${dimension.name}` };
            if (dimension.entries.length === 0)
              return [heading, empty(t('masterPlanBooks.programmes.dimensionEmpty'))];
            return [
              heading,
              {
                kind: 'table',
                label: t('masterPlanBooks.programmes.label', { dimension: dimension.name }),
                columns: [
                  { label: t('masterPlanBooks.col.no'), width: 5, numeric: true },
                  { label: t('masterPlanBooks.col.programme'), width: 33 },
                  { label: t('masterPlanBooks.col.leadOpd'), width: 19 },
                  { label: t('masterPlanBooks.col.reference'), width: 21 },
                  { label: t('masterPlanBooks.col.budget'), width: 22, numeric: true },
                ],
                rows: [
                  ...dimension.entries.map(
                    (programme, n): BookRow => ({
                      kind: 'row',
                      cells: [
                        [String(n + 1)],
                        programmeCell(programme, input, t),
                        [programme.leadOpd],
                        [programme.rpjmdReference || NONE],
                        budgetCell(programme),
                      ],
                    }),
                  ),
                  {
                    kind: 'row',
                    total: true,
                    cells: [
                      [''],
                      [t('masterPlanBooks.budget.dimensionTotal', { dimension: dimension.name })],
                      [''],
                      [''],
                      [money(totalBudget(dimension.entries))],
                    ],
                  },
                ],
              },
            ];
          }),
        ];

  const roadmapRows = HORIZONS.flatMap((horizon): BookRow[] => {
    const programmes = plan.programmes.filter((programme) => programme.horizon === horizon);
    if (programmes.length === 0) return [];
    return [
      { kind: 'group', label: t(`masterPlanBooks.horizon.${horizon}`) },
      ...programmes.map(
        (programme): BookRow => ({
          kind: 'row',
          cells: [
            [programme.name],
            [dimensionName(programme.pillarId, input.pillars, t)],
            [programme.leadOpd],
            budgetCell(programme),
          ],
        }),
      ),
    ];
  });
  const roadmap: BookBlock[] =
    roadmapRows.length === 0
      ? [empty(t('masterPlanBooks.programmes.empty'))]
      : [
          { kind: 'paragraph', text: t('masterPlanBooks.roadmap.intro') },
          {
            kind: 'table',
            label: t('masterPlanBooks.chapter.roadmap'),
            columns: [
              { label: t('masterPlanBooks.col.programme'), width: 36 },
              { label: t('masterPlanBooks.col.dimension'), width: 20 },
              { label: t('masterPlanBooks.col.leadOpd'), width: 22 },
              { label: t('masterPlanBooks.col.budget'), width: 22, numeric: true },
            ],
            rows: roadmapRows,
          },
        ];

  const unbudgeted = plan.programmes.filter((programme) => programme.budget.amount === null).length;
  const budget: BookBlock[] =
    plan.programmes.length === 0
      ? [empty(t('masterPlanBooks.programmes.empty'))]
      : [
          {
            kind: 'table',
            label: t('masterPlanBooks.chapter.budget'),
            columns: [
              { label: t('masterPlanBooks.col.dimension'), width: 44 },
              { label: t('masterPlanBooks.col.programmeCount'), width: 22, numeric: true },
              { label: t('masterPlanBooks.col.budget'), width: 34, numeric: true },
            ],
            rows: [
              ...dimensions.map(
                (dimension): BookRow => ({
                  kind: 'row',
                  cells: [
                    [dimension.name],
                    [count(dimension.entries.length)],
                    [money(totalBudget(dimension.entries))],
                  ],
                }),
              ),
              {
                kind: 'row',
                total: true,
                cells: [
                  [t('masterPlanBooks.budget.overall')],
                  [count(plan.programmes.length)],
                  [money(totalBudget(plan.programmes))],
                ],
              },
            ],
          },
          ...(unbudgeted > 0
            ? [
                {
                  kind: 'paragraph',
                  text: t('masterPlanBooks.budget.unbudgeted', { n: count(unbudgeted) }),
                } as const,
              ]
            : []),
        ];

  return frameBook('masterplan', input, locale, [
    { title: t('masterPlanBooks.chapter.strategy'), blocks: strategy },
    { title: t('masterPlanBooks.chapter.roadmap'), blocks: roadmap },
    { title: t('masterPlanBooks.chapter.budget'), blocks: budget },
  ]);
}
