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
import { daysBetween } from '../dates';

/** Whole days from `dueDate` to `today`: positive when the due date has passed. */
export function daysLate(dueDate: string, today: string): number {
  return daysBetween(dueDate, today);
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
