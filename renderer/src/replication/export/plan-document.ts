/**
 * What the printed plan and the plan workbook share, with no UI: the letterhead lines, the change of
 * an evaluation figure, which milestones are late, and the export file name.
 */
import { planProgress, type ReplicationPlan } from '../../../../shared/model/replication-plan';
import { regencyByCode } from '../../../../shared/regions/index';
import { slugify } from '../../catalog/innovation-form-values';
import { percentChange } from '../plan/evaluation-change';

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
  const percent = percentChange(before, after);
  return { difference: after - before, relative: percent === null ? null : percent / 100 };
}

/** Ids of the milestones still open after their due date (none for a finished or stopped plan). */
export function overdueMilestoneIds(plan: ReplicationPlan, today: string): ReadonlySet<string> {
  return new Set(planProgress(plan, today).overdue.map((milestone) => milestone.id));
}

/** "SiPandu Desa (Kab. Klaten)" → "sipandu-desa-kab-klaten": what every file system accepts. */
export function fileSlug(text: string, maxLength = 60): string {
  return slugify(text).slice(0, maxLength).replace(/-+$/, '') || 'rencana';
}

/** `rencana-replikasi-<innovation>-<adopting region>.xlsx` */
export function planFileName(innovationName: string, adopterName: string): string {
  return `rencana-replikasi-${fileSlug(innovationName)}-${fileSlug(adopterName, 30)}.xlsx`;
}
