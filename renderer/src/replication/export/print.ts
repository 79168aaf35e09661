/** The print route of a replication plan. */

/** The print route of a plan: the plan's route under /cetak. */
export function planPrintPath(plan: { adopterCode: string; id: string }): string {
  return `/cetak/replikasi/${plan.adopterCode}/${plan.id}`;
}
