/**
 * Catalog filters, and their form in the URL so that a filtered view can be shared as a link.
 * A link edited by hand or from an older version never breaks the page: values that do not parse
 * are dropped.
 */
import { z } from 'zod';
import { EntryId, RegionCode } from '../model/fields.js';
import { type Innovation, InnovationForm, InnovationStage, InnovationStatus } from '../model/innovation.js';

export const CatalogFilters = z.object({
  q: z.string().max(200).default(''),
  dimensions: z.array(EntryId).default([]),
  regions: z.array(RegionCode).default([]),
  /** Sub-area group ids: an entry matches when its region is in one of the groups. */
  groups: z.array(EntryId).default([]),
  stages: z.array(InnovationStage).default([]),
  forms: z.array(InnovationForm).default([]),
  digital: z.enum(['ya', 'tidak']).nullable().default(null),
  urusan: z.array(z.string().min(1).max(120)).default([]),
  status: z.array(InnovationStatus).default([]),
  beingReplicated: z.boolean().default(false),
});
export type CatalogFilters = z.infer<typeof CatalogFilters>;

export const NO_FILTERS: CatalogFilters = CatalogFilters.parse({});

const LIST_KEYS = ['dimensions', 'regions', 'groups', 'stages', 'forms', 'urusan', 'status'] as const;

/** The part of `URLSearchParams` used here (shared/ has no DOM types; URLSearchParams fits as is). */
export interface QueryReader {
  get(name: string): string | null;
  getAll(name: string): string[];
}

/** URL query → filters; anything unparseable is left out rather than failing the view. */
export function filtersFromQuery(params: QueryReader): CatalogFilters {
  const lists = Object.fromEntries(LIST_KEYS.map((key) => [key, [...new Set(params.getAll(key))]]));
  const filters: CatalogFilters = { ...NO_FILTERS, q: (params.get('q') ?? '').slice(0, 200) };
  for (const key of LIST_KEYS) {
    // Each value on its own, so one bad value does not drop the good ones beside it.
    const valid = (lists[key] ?? []).filter((value) => CatalogFilters.shape[key].safeParse([value]).success);
    Object.assign(filters, { [key]: CatalogFilters.shape[key].parse(valid) });
  }
  const digital = params.get('digital');
  filters.digital = digital === 'ya' || digital === 'tidak' ? digital : null;
  filters.beingReplicated = params.get('direplikasi') === '1';
  return filters;
}

/** Filters → URL query pairs (`new URLSearchParams(pairs)`), leaving out what is not set so links stay short. */
export function filtersToQuery(filters: CatalogFilters): [string, string][] {
  const pairs: [string, string][] = [];
  if (filters.q.trim() !== '') pairs.push(['q', filters.q.trim()]);
  for (const key of LIST_KEYS) for (const value of filters[key]) pairs.push([key, value]);
  if (filters.digital !== null) pairs.push(['digital', filters.digital]);
  if (filters.beingReplicated) pairs.push(['direplikasi', '1']);
  return pairs;
}

export interface FilterContext {
  /** Group id → member region codes (from the area document). */
  groups: ReadonlyMap<string, readonly string[]>;
  /** `<region>/<innovation id>` of innovations some region plans to replicate. */
  replicated: ReadonlySet<string>;
}

/** Every set filter must hold; within one filter any of its values may match. Text search is separate. */
export function matchesFilters(
  innovation: Innovation,
  filters: CatalogFilters,
  context: FilterContext,
): boolean {
  const anyOf = <T>(selected: readonly T[], test: (value: T) => boolean) =>
    selected.length === 0 || selected.some(test);
  return (
    anyOf(filters.dimensions, (d) => innovation.dimensions.includes(d)) &&
    anyOf(filters.regions, (r) => innovation.regionCode === r) &&
    anyOf(filters.groups, (g) => context.groups.get(g)?.includes(innovation.regionCode) ?? false) &&
    anyOf(filters.stages, (s) => innovation.stage === s) &&
    anyOf(filters.forms, (f) => innovation.form === f) &&
    anyOf(filters.urusan, (u) => innovation.urusan === u || innovation.urusanIrisan.includes(u)) &&
    anyOf(filters.status, (s) => innovation.status === s) &&
    (filters.digital === null || innovation.digital === (filters.digital === 'ya')) &&
    (!filters.beingReplicated || context.replicated.has(`${innovation.regionCode}/${innovation.id}`))
  );
}
