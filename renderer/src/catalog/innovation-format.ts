/**
 * How innovation values read on screen: Indonesian dates ("27 November 2021"), rupiah
 * ("Rp 150.000.000"), numbers with '.' thousands, and the label key of each field by its name (the
 * change history stores field names).
 */
import type { MessageKey } from '../../../shared/i18n/index';
import type { InnovationFields } from '../../../shared/model/innovation';

/** The Intl locale behind the interface language. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

/** `2021-11-27` → "27 November 2021". Read as UTC: a calendar date has no time zone to shift it. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString(intlLocale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The calendar day of an ISO date-time, in the reader's own time zone: "23 November 2026". */
export function formatDay(isoDateTime: string, language: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return date.toLocaleDateString(intlLocale(language), { day: 'numeric', month: 'long', year: 'numeric' });
}

/** An ISO date-time in the reader's own time zone: "23 November 2026, 16.05". */
export function formatDateTime(isoDateTime: string, language: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return date.toLocaleString(intlLocale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Whole numbers with '.' thousands (1.250), decimals with ',' — as Indonesian readers write them. */
export function formatNumber(value: number): string {
  return value.toLocaleString('id-ID', { maximumFractionDigits: 2 });
}

/** "Rp 150.000.000", with a no-break space so the amount never wraps away from its currency. */
export function formatRupiah(amount: number): string {
  return `Rp\u00a0${amount.toLocaleString('id-ID', { maximumFractionDigits: 0 })}`;
}

type FieldName = keyof InnovationFields;

const FIELD_LABELS = {
  name: 'innovation.field.name',
  opd: 'innovation.field.opd',
  initiatorKind: 'innovation.field.initiatorKind',
  initiatorName: 'innovation.field.initiatorName',
  stage: 'innovation.field.stage',
  digital: 'innovation.field.digital',
  form: 'innovation.field.form',
  urusan: 'innovation.field.urusan',
  urusanIrisan: 'innovation.field.urusanIrisan',
  dimensions: 'innovation.field.dimensions',
  tags: 'innovation.field.tags',
  trialDate: 'innovation.field.trialDate',
  implementationDate: 'innovation.field.implementationDate',
  summary: 'innovation.field.summary',
  design: 'innovation.field.design',
  goal: 'innovation.field.goal',
  benefit: 'innovation.field.benefit',
  results: 'innovation.field.results',
  figures: 'innovation.field.figures',
  budget: 'innovation.field.budget',
  contacts: 'innovation.field.contacts',
  links: 'innovation.field.links',
  status: 'innovation.field.status',
} as const satisfies Record<FieldName, MessageKey>;

export type FieldLabelKey = (typeof FIELD_LABELS)[FieldName];

export function fieldLabelKey(field: FieldName): FieldLabelKey {
  return FIELD_LABELS[field];
}

function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(FIELD_LABELS, name);
}

/** The label of a field named in a change record; null for a name this version does not know. */
export function changedFieldLabelKey(name: string): FieldLabelKey | null {
  return isFieldName(name) ? FIELD_LABELS[name] : null;
}

/**
 * Status badge colours, with the text a dark shade of the same colour so it keeps WCAG AA contrast
 * on the light badge (as StageBadge does for stages).
 */
export const STATUS_BADGE: Readonly<Record<InnovationFields['status'], { color: string; text: string }>> = {
  berlanjut: { color: 'blue', text: 'blue.9' },
  vakum: { color: 'red', text: 'red.9' },
};
