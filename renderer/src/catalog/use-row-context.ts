/**
 * What every row and card of the list needs besides its entry, computed once per change of the
 * catalog or the area rather than once per row: labels, pillar names, and how many regions replicate
 * each innovation.
 */
import { useMemo } from 'react';
import type { Innovation } from '../../../shared/model/innovation';
import { useArea, useCatalog } from '../app/hooks';
import { type InnovationLabels, useInnovationLabels } from './use-innovation-labels';

export interface RowContext {
  labels: InnovationLabels;
  /** Pillar id → its name in the area. */
  pillarNames: ReadonlyMap<string, string>;
  /** Innovation key → number of distinct regions with a plan to replicate it. */
  replicatedBy: ReadonlyMap<string, number>;
}

export function useRowContext(): RowContext {
  const labels = useInnovationLabels();
  const { pillars } = useArea();
  const { replications } = useCatalog();
  const pillarNames = useMemo(
    () => new Map(pillars.map((pillar) => [pillar.id, pillar.name] as const)),
    [pillars],
  );
  const replicatedBy = useMemo(() => {
    const counts = new Map<string, number>();
    for (const [key, plans] of replications) {
      counts.set(key, new Set(plans.map((plan) => plan.adopterCode)).size);
    }
    return counts;
  }, [replications]);
  return useMemo(() => ({ labels, pillarNames, replicatedBy }), [labels, pillarNames, replicatedBy]);
}

/** The innovation's dimensions by name; an id the area no longer has is left out, not shown raw. */
export function dimensionNames(innovation: Innovation, pillarNames: ReadonlyMap<string, string>): string {
  const names: string[] = [];
  for (const id of innovation.dimensions) {
    const name = pillarNames.get(id);
    if (name !== undefined) names.push(name);
  }
  return names.join(', ');
}
