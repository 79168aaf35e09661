import { describe, expect, it } from 'vitest';
import { areaProgress } from '../../renderer/src/replication/area/progress.js';
import { DEFAULT_PILLARS } from '../../shared/model/presets.js';
import { BANTUL, buildFixture, KLATEN, MAGELANG, SLEMAN, TODAY } from './replication-area-fixture.js';

const PILLARS = DEFAULT_PILLARS.map((pillar) => pillar.id);

describe('area progress', () => {
  const { plans, snapshot } = buildFixture();
  const progress = areaProgress(plans, snapshot, PILLARS, TODAY);

  it('sums up the headline figures, leaving stopped plans out of what counts as replication', () => {
    expect(progress.kpis).toEqual({
      active: 3,
      finished: 1,
      adopters: 4,
      innovations: 3,
      overdueMilestones: 1,
      // (12.5 + 25 + 100 + 0) / 4 plans that are not stopped
      averagePercent: 34,
    });
  });

  it('counts every plan per stage by status', () => {
    expect(progress.byStage).toEqual([
      { stage: 'persiapan', aktif: 2, selesai: 0, dibatalkan: 1 },
      { stage: 'rencanaPengembangan', aktif: 1, selesai: 0, dibatalkan: 0 },
      { stage: 'replikasi', aktif: 0, selesai: 0, dibatalkan: 0 },
      { stage: 'evaluasi', aktif: 0, selesai: 1, dibatalkan: 0 },
    ]);
  });

  it('counts plans per dimension of the innovation replicated, in the area’s pillar order', () => {
    expect(progress.byDimension).toEqual([
      { pillarId: 'governance', plans: 1 },
      { pillarId: 'branding', plans: 2 },
      { pillarId: 'economy', plans: 2 },
      { pillarId: 'living', plans: 0 },
      { pillarId: 'society', plans: 0 },
      { pillarId: 'environment', plans: 0 },
      // Bantul's plan: its innovation is gone from the catalog.
      { pillarId: null, plans: 1 },
    ]);
  });

  it('counts plans per adopting region by stage, and their average progress', () => {
    expect(progress.byAdopter.map((row) => [row.code, row.total, row.persiapan, row.evaluasi])).toEqual([
      [BANTUL, 1, 1, 0],
      [KLATEN, 1, 1, 0],
      [MAGELANG, 1, 0, 0],
      [SLEMAN, 1, 0, 1],
    ]);
    expect(progress.averageByAdopter).toEqual([
      { code: SLEMAN, percent: 100 },
      { code: MAGELANG, percent: 25 },
      { code: KLATEN, percent: 13 },
      { code: BANTUL, percent: 0 },
    ]);
  });

  it('is all zeros for an area without plans', () => {
    const empty = areaProgress([], snapshot, PILLARS, TODAY);
    expect(empty.kpis).toEqual({
      active: 0,
      finished: 0,
      adopters: 0,
      innovations: 0,
      overdueMilestones: 0,
      averagePercent: 0,
    });
    expect(empty.byDimension.map((row) => row.plans)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(empty.byAdopter).toEqual([]);
  });
});
