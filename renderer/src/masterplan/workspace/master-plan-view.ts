/**
 * What every tab of a region's master plan workspace gets: the region's plan (live), its document,
 * whether this person may write it, and where each tab lives.
 */
import type * as Y from 'yjs';
import type { BIMTEK_STAGES } from '../../../../shared/model/master-plan';
import type { RegionMasterPlan } from '../use-master-plan';

export interface MasterPlanView extends RegionMasterPlan {
  doc: Y.Doc;
  /** "Kab. Klaten". */
  regionName: string;
  canEdit: boolean;
}

export type BimtekStage = (typeof BIMTEK_STAGES)[number];

/** The tabs' URL segments under /masterplan/:region. */
export const TAB_SEGMENT = {
  stages: '',
  team: 'tim',
  readiness: 'kesiapan',
  programmes: 'program',
  quickWins: 'quick-win',
} as const;

export const masterPlanPath = (regionCode: string, segment = ''): string =>
  segment === '' ? `/masterplan/${regionCode}` : `/masterplan/${regionCode}/${segment}`;

/** Where the work of each stage is done. */
export const STAGE_TAB: Record<BimtekStage, string> = {
  1: TAB_SEGMENT.readiness,
  2: TAB_SEGMENT.programmes,
  3: TAB_SEGMENT.programmes,
  4: TAB_SEGMENT.quickWins,
};
