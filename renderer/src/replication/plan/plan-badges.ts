/**
 * Badge colours of a plan's status and a milestone's status, with the text a dark shade of the same
 * colour so it keeps WCAG AA contrast on the light badge (as the catalog's badges do); Mantine's
 * darkest teal does not, on its own light background.
 */
import type { MilestoneStatus, PlanStatus } from '../../../../shared/model/replication-plan';

export interface BadgeColors {
  color: string;
  text: string;
}

export const PLAN_STATUS_BADGE: Readonly<Record<PlanStatus, BadgeColors>> = {
  aktif: { color: 'blue', text: 'blue.9' },
  selesai: { color: 'teal', text: '#05573f' },
  dibatalkan: { color: 'gray', text: 'gray.8' },
};

export const MILESTONE_STATUS_BADGE: Readonly<Record<MilestoneStatus, BadgeColors>> = {
  belum: { color: 'gray', text: 'gray.8' },
  berjalan: { color: 'blue', text: 'blue.9' },
  selesai: { color: 'teal', text: '#05573f' },
  tertunda: { color: 'orange', text: '#8a3b00' },
};
