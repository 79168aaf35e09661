import { describe, expect, it } from 'vitest';
import { timelineLayout, timelineScale } from '../../renderer/src/replication/area/timeline.js';
import { dayNumber, isoToday, monthStart, nextMonthStart } from '../../renderer/src/replication/dates.js';
import type { ReplicationPlan } from '../../shared/model/replication-plan.js';
import { buildFixture, TODAY } from './replication-area-fixture.js';

const { plans } = buildFixture();
const plan = (id: string): ReplicationPlan => {
  const found = plans.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('timeline layout', () => {
  it('spans whole months from the earliest start to the latest due date, with today inside', () => {
    const layout = timelineLayout([plan('p-klaten-airku')], TODAY);
    expect(layout.start).toBe('2026-01-01');
    expect(layout.end).toBe('2026-10-01');
    expect(layout.months.map((month) => month.start)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
    ]);
    expect(layout.months[0]?.left).toBe(0);
    expect(layout.months[1]?.left).toBeCloseTo(31 / 273);
    expect(layout.today).toBeCloseTo(165.5 / 273);
  });

  it('runs each bar from the plan’s start or the previous milestone to its due date, flagging late ones', () => {
    const [group] = timelineLayout([plan('p-klaten-airku')], TODAY).groups;
    expect(group?.bars.map((bar) => [bar.milestone.id, bar.start, bar.overdue])).toEqual([
      ['m1', '2026-01-01', false],
      ['m2', '2026-03-01', true],
      ['m3', '2026-05-01', false],
    ]);
    const [m1, m2] = group?.bars ?? [];
    expect(m1?.left).toBe(0);
    expect(m1?.width).toBeCloseTo(60 / 273); // 1 January to the end of 1 March
    expect(m2?.left).toBeCloseTo(59 / 273);
    expect((m2?.left ?? 0) + (m2?.width ?? 0)).toBeLessThan(165.5 / 273);
  });

  it('gives a milestone dated before its plan was recorded a one-day bar at its due date', () => {
    const original = plan('p-klaten-airku');
    const late: ReplicationPlan = {
      ...original,
      created: { ...original.created, at: '2026-04-10T09:00:00.000Z' },
    };
    const [group] = timelineLayout([late], TODAY).groups;
    expect(group?.bars.map((bar) => bar.start)).toEqual(['2026-03-01', '2026-04-10', '2026-05-01']);
    const layout = timelineLayout([late], TODAY);
    expect(group?.bars[0]?.width).toBeCloseTo(1 / (dayNumber(layout.end) - dayNumber(layout.start)));
  });

  it('keeps the plans’ order, plans without milestones included, and never flags a finished plan', () => {
    const layout = timelineLayout(
      [plan('p-sleman-sipandu'), plan('p-magelang-airku'), plan('p-klaten-airku')],
      TODAY,
    );
    expect(layout.groups.map((group) => [group.plan.id, group.bars.length])).toEqual([
      ['p-sleman-sipandu', 1],
      ['p-magelang-airku', 0],
      ['p-klaten-airku', 3],
    ]);
    // Sleman's evaluation milestone was never ticked off, but the plan is finished: nothing is late.
    expect(layout.groups[0]?.bars[0]?.overdue).toBe(false);
    expect(timelineLayout([], TODAY).months.map((month) => month.start)).toEqual(['2026-06-01']);
  });
});

describe('timeline scale', () => {
  it('fits two years into a projector-width frame, labelling every third month', () => {
    expect(timelineScale(762, 24)).toEqual({ labelWidth: 240, monthWidth: 21, labelEvery: 3 });
    expect(timelineScale(1100, 24)).toEqual({ labelWidth: 240, monthWidth: 35, labelEvery: 2 });
  });

  it('gives few months room for every label, and scrolls on a phone rather than squeezing', () => {
    expect(timelineScale(762, 9)).toEqual({ labelWidth: 240, monthWidth: 58, labelEvery: 1 });
    expect(timelineScale(1100, 6)).toEqual({ labelWidth: 240, monthWidth: 72, labelEvery: 1 });
    expect(timelineScale(350, 24)).toEqual({ labelWidth: 150, monthWidth: 20, labelEvery: 3 });
    // Before the frame is measured: the widest months, as a chart that scrolls.
    expect(timelineScale(0, 24).monthWidth).toBe(72);
  });
});

describe('calendar helpers', () => {
  it('count days and months without time zones', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-03-01T23:59:00Z') - dayNumber('2026-02-28')).toBe(1);
    expect(monthStart('2026-06-15')).toBe('2026-06-01');
    expect(nextMonthStart('2026-12-31')).toBe('2027-01-01');
    expect(isoToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
