/**
 * The session's cards and votes as two CSV files for a spreadsheet (the minutes model's rows, so the
 * counts match the printed minutes), written as Excel in Indonesia opens them (shared/csv.ts).
 */
import { spreadsheetCsv } from '../../../../shared/csv';
import type { MessageKey } from '../../../../shared/i18n/id';
import { translate } from '../../../../shared/i18n/index';
import type { FgdMinutes } from './fgd-minutes';

/** Step, dimension, cluster, text, author (or Anonim), votes: one row per card. */
export function cardsCsv(minutes: FgdMinutes): string {
  const t = (key: MessageKey) => translate(minutes.locale, { key, params: {} });
  const header = [
    t('fgdMinutes.col.step'),
    t('fgdMinutes.col.dimension'),
    t('fgdMinutes.col.cluster'),
    t('fgdMinutes.col.card'),
    t('fgdMinutes.col.author'),
    t('fgdMinutes.col.votes'),
  ];
  const rows = minutes.cardSteps.flatMap((step) =>
    step.groups.flatMap((group) =>
      group.cards.map((card) => [
        step.title,
        card.dimension,
        group.clustered ? group.name : '',
        card.text,
        card.author,
        String(card.votes),
      ]),
    ),
  );
  return spreadsheetCsv([header, ...rows]);
}

/** Participant, region, step, card, count: one row per participant and card voted for. */
export function votesCsv(minutes: FgdMinutes): string {
  const t = (key: MessageKey) => translate(minutes.locale, { key, params: {} });
  const header = [
    t('fgdMinutes.col.participant'),
    t('fgdMinutes.col.region'),
    t('fgdMinutes.col.step'),
    t('fgdMinutes.col.card'),
    t('fgdMinutes.col.count'),
  ];
  const rows = minutes.voteRows.map((row) => [
    row.participant,
    row.region,
    row.step,
    row.card,
    String(row.count),
  ]);
  return spreadsheetCsv([header, ...rows]);
}
