/**
 * What the printed plan and the plan workbook share, with no UI: the letterhead lines, the change of
 * an evaluation figure, which milestones are late, the calendar day, and the export file name.
 */
import { planProgress, type ReplicationPlan } from '../../../../shared/model/replication-plan';
import { regencyByCode } from '../../../../shared/regions/index';

/** The official name an official document uses: "Kabupaten Magelang", never "Kab. Magelang". */
export function regionFullName(code: string): string {
  return regencyByCode(code)?.name ?? code;
}

/**
 * The region as its letterhead names it: "KABUPATEN KLATEN", "KOTA MAGELANG" — the official name in
 * full (a letterhead never abbreviates to "Kab."), upper case.
 */
export function letterheadRegion(code: string): string {
  const regency = regencyByCode(code);
  if (!regency) return code;
  const kind = regency.kind === 'kota' ? 'Kota' : 'Kabupaten';
  return `${kind} ${regency.shortName}`.toLocaleUpperCase('id-ID');
}

/**
 * Programme abbreviations written out, as a letterhead does: "KSPN Borobudur" → "Kawasan Strategis
 * Pariwisata Nasional Borobudur". These are the programme's own Indonesian names (like the pillar
 * names), the same in every interface language.
 */
const AREA_ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\bKSPN\b/, 'Kawasan Strategis Pariwisata Nasional'],
  [/\bDPSP\b/, 'Destinasi Pariwisata Super Prioritas'],
  [/\bIKN\b/, 'Ibu Kota Nusantara'],
];

export function letterheadArea(areaName: string): string {
  return AREA_ABBREVIATIONS.reduce((name, [short, full]) => name.replace(short, full), areaName);
}

export interface FigureChange {
  /** after − before; null when either is missing. */
  difference: number | null;
  /** The difference relative to `before` (−0.714 for 14 → 4); null when it has no meaning. */
  relative: number | null;
}

export function figureChange(before: number | null, after: number | null): FigureChange {
  if (before === null || after === null) return { difference: null, relative: null };
  const difference = after - before;
  return { difference, relative: before === 0 ? null : difference / Math.abs(before) };
}

/** Ids of the milestones still open after their due date (none for a finished or stopped plan). */
export function overdueMilestoneIds(plan: ReplicationPlan, today: string): ReadonlySet<string> {
  return new Set(planProgress(plan, today).overdue.map((milestone) => milestone.id));
}

/** The calendar day where the person is, as yyyy-mm-dd (what `planProgress` compares due dates with). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "SiPandu Desa (Kab. Klaten)" → "sipandu-desa-kab-klaten": what every file system accepts. */
export function fileSlug(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'rencana';
}

/** `rencana-replikasi-<innovation>-<adopting region>.xlsx` */
export function planFileName(innovationName: string, adopterName: string): string {
  return `rencana-replikasi-${fileSlug(innovationName)}-${fileSlug(adopterName, 30)}.xlsx`;
}
