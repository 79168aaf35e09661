/** Sorting the progress table's rows: by the area's order until a column is chosen; blanks always last. */
import type { RegionPlanSummary } from '../../../../shared/model/master-plan-area';

export type RegionSortKey =
  | 'order'
  | 'region'
  | 'stagesDone'
  | 'struktur'
  | 'infrastruktur'
  | 'suprastruktur'
  | 'programmes'
  | 'quickWins'
  | 'updated';

export interface RegionSort {
  key: RegionSortKey;
  direction: 'asc' | 'desc';
}

export interface RegionRow {
  summary: RegionPlanSummary;
  name: string;
  /** Position in the area's member list. */
  order: number;
}

function value(row: RegionRow, key: RegionSortKey): string | number | null {
  const { summary } = row;
  switch (key) {
    case 'order':
      return row.order;
    case 'region':
      return row.name;
    case 'stagesDone':
      return summary.stagesDone;
    case 'struktur':
    case 'infrastruktur':
    case 'suprastruktur':
      return summary.readiness[key];
    case 'programmes':
      return summary.programmes;
    case 'quickWins':
      return summary.quickWins;
    case 'updated':
      return summary.lastUpdate;
  }
}

export function sortRegionRows(rows: readonly RegionRow[], sort: RegionSort): RegionRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    if (x === null || y === null) return x === y ? a.order - b.order : x === null ? 1 : -1;
    const compared =
      typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'id') : Number(x) - Number(y);
    return sign * compared || a.order - b.order;
  });
}
