/**
 * Entries (programmes, quick wins) under each of the area's dimensions, in the area's order; those
 * of a dimension the area has since removed go last under "other" rather than vanish.
 */
export interface PillarSection<T> {
  /** '' for the "other" section. */
  id: string;
  name: string;
  entries: T[];
}

export function pillarSections<T extends { pillarId: string }>(
  pillars: readonly { id: string; name: string }[],
  entries: readonly T[],
  otherName: string,
): PillarSection<T>[] {
  const known = new Set(pillars.map((pillar) => pillar.id));
  const sections = pillars.map((pillar) => ({
    id: pillar.id,
    name: pillar.name,
    entries: entries.filter((entry) => entry.pillarId === pillar.id),
  }));
  const orphans = entries.filter((entry) => !known.has(entry.pillarId));
  return orphans.length === 0 ? sections : [...sections, { id: '', name: otherName, entries: orphans }];
}
