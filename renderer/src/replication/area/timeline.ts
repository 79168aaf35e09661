/**
 * The milestones of a set of plans laid out on one time axis (a Gantt chart): each milestone a bar
 * from where its work starts — the plan's creation for the first, the previous milestone's due date
 * after that — to its own due date. Positions are fractions of the axis, so the screen decides the
 * width.
 */
import {
  type Milestone,
  planProgress,
  type ReplicationPlan,
} from '../../../../shared/model/replication-plan';
import { dayNumber, monthStart, nextMonthStart } from '../dates';

export interface TimelineBar {
  milestone: Milestone;
  /** ISO date the bar starts. */
  start: string;
  /** 0–1 from the axis start. */
  left: number;
  /** 0–1 of the axis: from the start day to the end of the due day, so never less than one day. */
  width: number;
  overdue: boolean;
}

export interface TimelineGroup {
  plan: ReplicationPlan;
  /** In due-date order. */
  bars: TimelineBar[];
}

export interface TimelineMonth {
  /** First day of the month. */
  start: string;
  left: number;
}

export interface TimelineLayout {
  /** First day of the first month shown. */
  start: string;
  /** First day after the axis. */
  end: string;
  months: TimelineMonth[];
  /** Where today falls, 0–1. */
  today: number;
  groups: TimelineGroup[];
}

const byDue = (a: Milestone, b: Milestone) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id);

/**
 * Whole months from the earliest start to the latest due date (or today, whichever is later), so
 * the month ticks fall on the axis' edges. Plans keep the order given.
 */
export function timelineLayout(plans: readonly ReplicationPlan[], today: string): TimelineLayout {
  const spans = plans.map((plan) => {
    const overdue = new Set(planProgress(plan, today).overdue.map((m) => m.id));
    let previous = plan.created.at.slice(0, 10);
    const bars = [...plan.milestones].sort(byDue).map((milestone) => {
      // A milestone dated before the plan was written down (entered afterwards) starts where it ends.
      const start = previous < milestone.dueDate ? previous : milestone.dueDate;
      previous = milestone.dueDate > previous ? milestone.dueDate : previous;
      return { milestone, start, overdue: overdue.has(milestone.id) };
    });
    return { plan, bars };
  });
  const dates = [
    today,
    ...spans.flatMap(({ bars }) => bars.flatMap((bar) => [bar.start, bar.milestone.dueDate])),
  ];
  const first = monthStart(dates.reduce((a, b) => (b < a ? b : a)));
  const end = nextMonthStart(dates.reduce((a, b) => (b > a ? b : a)));
  const origin = dayNumber(first);
  const length = dayNumber(end) - origin;
  const at = (iso: string) => (dayNumber(iso) - origin) / length;

  const months: TimelineMonth[] = [];
  for (let month = first; month < end; month = nextMonthStart(month))
    months.push({ start: month, left: at(month) });

  return {
    start: first,
    end,
    months,
    // The middle of today, so a milestone due today ends just past the line and is not yet late.
    today: (dayNumber(today) - origin + 0.5) / length,
    groups: spans.map(({ plan, bars }) => ({
      plan,
      bars: bars.map(({ milestone, start, overdue }) => ({
        milestone,
        start,
        left: at(start),
        // To the end of the due day.
        width: (dayNumber(milestone.dueDate) + 1 - dayNumber(start)) / length,
        overdue,
      })),
    })),
  };
}

export interface TimelineScale {
  /** Width of the label column, px. */
  labelWidth: number;
  /** Width of one month on the axis, px. */
  monthWidth: number;
  /** Label every n-th month, so month names never overlap. */
  labelEvery: number;
}

const MIN_MONTH = 20;
const MAX_MONTH = 72;
/** Room a month label ("Mar 25") needs. */
const LABEL_ROOM = 48;

/**
 * Fits the axis into the frame when it can (a projector at 1024 sees the whole span, today included),
 * down to 20 px a month; beyond that the chart scrolls sideways. A narrow frame (a phone) gets a
 * narrower label column.
 */
export function timelineScale(frameWidth: number, months: number): TimelineScale {
  const labelWidth = frameWidth > 0 && frameWidth < 600 ? 150 : 240;
  const fit = frameWidth > 0 ? (frameWidth - labelWidth) / Math.max(1, months) : MAX_MONTH;
  const monthWidth = Math.min(MAX_MONTH, Math.max(MIN_MONTH, Math.floor(fit)));
  return { labelWidth, monthWidth, labelEvery: Math.ceil(LABEL_ROOM / monthWidth) };
}
