/**
 * Where a plan's milestones stand against the calendar: which are late and by how many days, which is
 * due next, and the milestones under each stage. Dates are ISO calendar dates (yyyy-mm-dd); `today` is
 * passed in so tests can fix it.
 */
import {
  type Milestone,
  planProgress,
  REPLICATION_STAGES,
  type ReplicationPlan,
  type ReplicationStage,
} from '../../../../shared/model/replication-plan';

const DAY_MS = 86_400_000;

/** The calendar date of `date` where the person is, as yyyy-mm-dd. */
export function localIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Whole days from `dueDate` to `today`: positive when the due date has passed. */
export function daysLate(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS);
}

export interface MilestoneSchedule {
  /** Milestone id → days late, for the open milestones whose due date has passed. */
  lateDays: ReadonlyMap<string, number>;
  /** The open milestone due soonest from today on; null when none is. */
  nextDueId: string | null;
}

/** Late and next-due as the area views count them (planProgress): a closed plan has neither. */
export function milestoneSchedule(plan: ReplicationPlan, today: string): MilestoneSchedule {
  const { overdue, nextDue } = planProgress(plan, today);
  return {
    lateDays: new Map(overdue.map((milestone) => [milestone.id, daysLate(milestone.dueDate, today)])),
    nextDueId: nextDue?.id ?? null,
  };
}

/** Every stage in order with its milestones (in the model's order: due date, then id). */
export function milestonesByStage(
  milestones: readonly Milestone[],
): { stage: ReplicationStage; milestones: Milestone[] }[] {
  return REPLICATION_STAGES.map((stage) => ({
    stage,
    milestones: milestones.filter((milestone) => milestone.stage === stage),
  }));
}
