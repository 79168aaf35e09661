/**
 * Buku IV, Quick Win: what the region delivers in its first 6–12 months by sharpening a service it
 * already runs — each quick win with its dimension, the service, how long it takes, and its impact
 * figures: the target, what was achieved and, once known, the share of the target reached.
 */
import type { Locale } from '../../../../shared/i18n/index';
import { formatNumber } from '../../catalog/innovation-format';
import {
  type Book,
  type BookBlock,
  type BookInput,
  type BookRow,
  type Translate,
  translator,
} from './book-model';
import {
  dimensionName,
  empty,
  frameBook,
  monthsText,
  NONE,
  type QuickWin,
  quickWinsTable,
} from './book-parts';

/** The share of the target reached ("80%"), once the actual figure is known and the target is not 0. */
export function achieved(expected: number, actual: number | null): number | null {
  if (actual === null || expected === 0) return null;
  return (actual / expected) * 100;
}

function impactTable(quickWin: QuickWin, t: Translate): BookBlock {
  if (quickWin.impact.length === 0) return empty(t('masterPlanBooks.impact.empty'));
  return {
    kind: 'table',
    label: t('masterPlanBooks.impact.label', { name: quickWin.name }),
    columns: [
      { label: t('masterPlanBooks.col.indicator'), width: 34 },
      { label: t('masterPlanBooks.col.unit'), width: 14 },
      { label: t('masterPlanBooks.col.expected'), width: 17, numeric: true },
      { label: t('masterPlanBooks.col.actual'), width: 17, numeric: true },
      { label: t('masterPlanBooks.col.achieved'), width: 18, numeric: true },
    ],
    rows: quickWin.impact.map((figure): BookRow => {
      const share = achieved(figure.expected, figure.actual);
      return {
        kind: 'row',
        cells: [
          [figure.label],
          [figure.unit || NONE],
          [formatNumber(figure.expected)],
          [figure.actual === null ? NONE : formatNumber(figure.actual)],
          [share === null ? NONE : `${formatNumber(Math.round(share * 10) / 10)}%`],
        ],
      };
    }),
  };
}

export function quickWinBook(input: BookInput, locale: Locale): Book {
  const t = translator(locale);
  const { quickWins } = input.plan;
  const dimension = (quickWin: QuickWin) => dimensionName(quickWin.pillarId, input.pillars, t);

  const overview: BookBlock[] =
    quickWins.length === 0
      ? [empty(t('masterPlanBooks.quickWins.empty'))]
      : [
          { kind: 'paragraph', text: t('masterPlanBooks.quickWins.intro') },
          quickWinsTable(quickWins, input.pillars, t),
        ];

  const details: BookBlock[] =
    quickWins.length === 0
      ? [empty(t('masterPlanBooks.quickWins.detailsEmpty'))]
      : quickWins.flatMap((quickWin, index): BookBlock[] => [
          { kind: 'subheading', text: `2.${index + 1} ${quickWin.name}` },
          {
            kind: 'facts',
            label: quickWin.name,
            rows: [
              [t('masterPlanBooks.col.dimension'), dimension(quickWin)],
              [t('masterPlanBooks.field.service'), quickWin.service],
              [t('masterPlanBooks.col.duration'), monthsText(quickWin.months, t)],
            ],
          },
          impactTable(quickWin, t),
        ]);

  return frameBook('quick-win', input, locale, [
    { title: t('masterPlanBooks.chapter.quickWins'), blocks: overview },
    { title: t('masterPlanBooks.chapter.quickWinDetails'), blocks: details },
  ]);
}
