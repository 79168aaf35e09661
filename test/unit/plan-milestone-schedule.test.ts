import { describe, expect, it } from 'vitest';
import { isoToday } from '../../renderer/src/replication/dates.js';
import {
  daysLate,
  milestoneSchedule,
  milestonesByStage,
} from '../../renderer/src/replication/plan/milestone-schedule.js';
import { newEntryId } from '../../renderer/src/replication/plan/new-entry-id.js';
import type { Milestone, ReplicationPlan } from '../../shared/model/replication-plan.js';

const stamp = {
  by: { name: 'Sri Wahyuni', region: '33.10', role: 'regionEditor' as const },
  at: '2026-01-01T09:00:00.000Z',
};

function milestone(id: string, fields: Partial<Milestone>): Milestone {
  return {
    id,
    title: `Tonggak ${id}`,
    stage: 'persiapan',
    ownerOpd: 'Diskominfo',
    dueDate: '2026-03-01',
    status: 'belum',
    notes: '',
    updated: stamp,
    ...fields,
  };
}

function plan(milestones: Milestone[], status: ReplicationPlan['status'] = 'aktif'): ReplicationPlan {
  return {
    id: 'replikasi-airku',
    adopterCode: '33.10',
    source: { regionCode: '34.01', innovationId: 'airku', innovationName: 'AirKu' },
    stage: 'rencanaPengembangan',
    facilitator: '',
    adaptation: 'utuh',
    budget: { amount: null, source: '' },
    rpjmdReference: '',
    risks: '',
    supportRequested: '',
    letterOfIntent: null,
    agreement: null,
    status,
    evaluation: [],
    created: stamp,
    updated: stamp,
    milestones,
  };
}

describe('milestones against the calendar', () => {
  it('counts whole calendar days late, across months and leap days', () => {
    expect(daysLate('2026-03-01', '2026-03-13')).toBe(12);
    expect(daysLate('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysLate('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysLate('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('takes today from the local calendar, not from UTC', () => {
    expect(isoToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(isoToday(new Date(2026, 11, 31, 0, 5))).toBe('2026-12-31');
  });

  it('marks open milestones past their due date as late by so many days, and the next one due', () => {
    const schedule = milestoneSchedule(
      plan([
        milestone('a', { dueDate: '2026-02-20' }),
        milestone('b', { dueDate: '2026-02-01', status: 'selesai' }),
        milestone('c', { dueDate: '2026-03-20', status: 'berjalan' }),
        milestone('d', { dueDate: '2026-03-10', stage: 'replikasi' }),
      ]),
      '2026-03-01',
    );
    expect([...schedule.lateDays]).toEqual([['a', 9]]);
    expect(schedule.nextDueId).toBe('d');
  });

  it('a milestone due today is next, not late', () => {
    const schedule = milestoneSchedule(plan([milestone('a', { dueDate: '2026-03-01' })]), '2026-03-01');
    expect(schedule.lateDays.size).toBe(0);
    expect(schedule.nextDueId).toBe('a');
  });

  it('a closed plan has nothing late and nothing next', () => {
    const schedule = milestoneSchedule(
      plan(
        [milestone('a', { dueDate: '2026-01-01' }), milestone('b', { dueDate: '2026-05-01' })],
        'dibatalkan',
      ),
      '2026-03-01',
    );
    expect(schedule.lateDays.size).toBe(0);
    expect(schedule.nextDueId).toBeNull();
  });

  it('groups milestones under every stage in order, empty stages included', () => {
    const groups = milestonesByStage([
      milestone('a', { stage: 'evaluasi' }),
      milestone('b', { stage: 'persiapan' }),
    ]);
    expect(groups.map((group) => [group.stage, group.milestones.map((m) => m.id)])).toEqual([
      ['persiapan', ['b']],
      ['rencanaPengembangan', []],
      ['replikasi', []],
      ['evaluasi', ['a']],
    ]);
  });

  it('new milestone and figure ids are valid entry ids', () => {
    expect(newEntryId('tonggak', () => 0)).toBe('tonggak-000000');
    expect(newEntryId('angka', () => 0.999999)).toMatch(/^angka-[a-z0-9]{6}$/);
  });
});
