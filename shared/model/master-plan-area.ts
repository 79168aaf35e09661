/**
 * The area's view of its members' master plans: where each region stands in the four bimtek stages,
 * its readiness and what it plans; the quick wins of all regions per dimension; and programmes of
 * different regions that look alike, the starting point for joint programmes. Pure: plans in, figures out.
 */
import type { z } from 'zod';
import {
  BIMTEK_STAGES,
  type MasterPlan,
  type ReadinessElement,
  readinessSummary,
  type StageState,
} from './master-plan.js';

type Stage = (typeof BIMTEK_STAGES)[number];
type StageStatus = z.infer<typeof StageState>['status'];
type QuickWin = MasterPlan['quickWins'][number];

/** Where a region is: nothing started, working on (or waiting for) stage 1–4, or all four done. */
export type StagePosition = 'belum' | Stage | 'selesai';
export const STAGE_POSITIONS: readonly StagePosition[] = ['belum', ...BIMTEK_STAGES, 'selesai'];

export interface RegionPlanSummary {
  regionCode: string;
  /** A stage nobody has touched counts as not started. */
  stages: Record<Stage, StageStatus>;
  stagesDone: number;
  position: StagePosition;
  readiness: Record<ReadinessElement, number | null>;
  teamSize: number;
  /** Distinct OPDs in the team (names compared without case or spacing differences). */
  opds: number;
  programmes: number;
  programmesByPillar: Record<string, number>;
  quickWins: number;
  /** Latest stamp on anything in the plan (the team carries none); null when nothing is written. */
  lastUpdate: string | null;
  /** Anything written at all: a stage under way, a team member, a score, a programme or a quick win. */
  started: boolean;
}

export interface AreaPlanTotals {
  regions: number;
  started: number;
  /** Regions with all four stages done. */
  finished: number;
  programmes: number;
  quickWins: number;
  teamMembers: number;
  /** Regions at each position, in STAGE_POSITIONS order. */
  byPosition: Record<StagePosition, number>;
}

export interface RegionPlanInput {
  regionCode: string;
  plan: MasterPlan;
}

export function summarizeRegionPlan({ regionCode, plan }: RegionPlanInput): RegionPlanSummary {
  const stages = Object.fromEntries(
    BIMTEK_STAGES.map((stage) => [stage, plan.stages[stage]?.status ?? 'belum']),
  ) as Record<Stage, StageStatus>;
  const stagesDone = BIMTEK_STAGES.filter((stage) => stages[stage] === 'selesai').length;
  const anyStage = BIMTEK_STAGES.some((stage) => stages[stage] !== 'belum');
  const position: StagePosition = !anyStage
    ? 'belum'
    : (BIMTEK_STAGES.find((stage) => stages[stage] !== 'selesai') ?? 'selesai');
  const programmesByPillar: Record<string, number> = {};
  for (const programme of plan.programmes) {
    programmesByPillar[programme.pillarId] = (programmesByPillar[programme.pillarId] ?? 0) + 1;
  }
  const scores = Object.values(plan.readiness).flatMap((element) => Object.values(element));
  const stamps = [
    ...Object.values(plan.stages).map((stage) => stage.updated.at),
    ...scores.map((score) => score.updated.at),
    ...plan.programmes.map((programme) => programme.updated.at),
    ...plan.quickWins.map((quickWin) => quickWin.updated.at),
  ];
  const lastUpdate = stamps.length === 0 ? null : stamps.reduce((a, b) => (b > a ? b : a));
  return {
    regionCode,
    stages,
    stagesDone,
    position,
    readiness: readinessSummary(plan),
    teamSize: plan.team.length,
    opds: new Set(plan.team.map((member) => member.opd.trim().replace(/\s+/g, ' ').toLowerCase())).size,
    programmes: plan.programmes.length,
    programmesByPillar,
    quickWins: plan.quickWins.length,
    lastUpdate,
    started:
      anyStage ||
      plan.team.length > 0 ||
      scores.length > 0 ||
      plan.programmes.length > 0 ||
      plan.quickWins.length > 0,
  };
}

export function areaPlanTotals(summaries: readonly RegionPlanSummary[]): AreaPlanTotals {
  const byPosition = Object.fromEntries(STAGE_POSITIONS.map((position) => [position, 0])) as Record<
    StagePosition,
    number
  >;
  for (const summary of summaries) byPosition[summary.position] += 1;
  const sum = (pick: (summary: RegionPlanSummary) => number) =>
    summaries.reduce((total, summary) => total + pick(summary), 0);
  return {
    regions: summaries.length,
    started: summaries.filter((summary) => summary.started).length,
    finished: byPosition.selesai,
    programmes: sum((summary) => summary.programmes),
    quickWins: sum((summary) => summary.quickWins),
    teamMembers: sum((summary) => summary.teamSize),
    byPosition,
  };
}

export interface AreaQuickWin {
  regionCode: string;
  quickWin: QuickWin;
}

export interface QuickWinGroup {
  pillarId: string;
  items: AreaQuickWin[];
}

/**
 * Every region's quick wins under their dimension, dimensions in the area's order (a dimension the
 * area no longer lists comes after them), regions in the order given, each region's by name.
 */
export function quickWinsByPillar(
  plans: readonly RegionPlanInput[],
  pillarIds: readonly string[],
): QuickWinGroup[] {
  const groups = new Map<string, AreaQuickWin[]>();
  for (const { regionCode, plan } of plans) {
    for (const quickWin of plan.quickWins) {
      const items = groups.get(quickWin.pillarId) ?? [];
      items.push({ regionCode, quickWin });
      groups.set(quickWin.pillarId, items);
    }
  }
  const rank = (id: string) => {
    const index = pillarIds.indexOf(id);
    return index === -1 ? pillarIds.length : index;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([pillarId, items]) => ({ pillarId, items }));
}

/**
 * Words that say what kind of programme it is or join the others, not what it is about: two names
 * alike only in these are not alike.
 */
const STOP_WORDS = new Set([
  'program',
  'programme',
  'kegiatan',
  'pengembangan',
  'peningkatan',
  'penguatan',
  'pembangunan',
  'penyediaan',
  'penyelenggaraan',
  'pengelolaan',
  'optimalisasi',
  'dan',
  'di',
  'ke',
  'dari',
  'untuk',
  'yang',
  'bagi',
  'serta',
  'dengan',
  'pada',
  'dalam',
  'melalui',
  'berbasis',
  'atau',
  'kabupaten',
  'kab',
  'kota',
  'daerah',
]);

/** The words of a name that carry its meaning: folded case and diacritics, stop words dropped, once each. */
export function significantWords(name: string): string[] {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');
  const words = folded.split(' ').filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  return [...new Set(words)];
}

/**
 * Alike: they share at least two significant words (one when a name has only one) and those make up
 * at least 60% of the shorter name's — "Aplikasi Layanan Pariwisata Terpadu" and "Aplikasi layanan
 * pariwisata" are; "Layanan Kesehatan" and "Layanan Pariwisata" are not.
 */
function alike(a: readonly string[], b: readonly string[]): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return false;
  const shared = a.filter((word) => b.includes(word)).length;
  return shared >= Math.min(2, shorter) && shared / shorter >= 0.6;
}

export interface CommonProgrammeMember {
  regionCode: string;
  programmeId: string;
  name: string;
}

export interface CommonProgrammeGroup {
  pillarId: string;
  /** The significant words found in the programmes of at least two of the group's regions. */
  words: string[];
  /** Distinct regions, in the order given. */
  regions: string[];
  /** The programmes, in region order. */
  programmes: CommonProgrammeMember[];
}

/**
 * Programmes of different regions in one dimension whose names are alike, grouped (alike is
 * followed through: A~B and B~C put all three together). Groups with more regions come first, then in
 * the area's dimension order.
 */
export function commonProgrammes(
  plans: readonly RegionPlanInput[],
  pillarIds: readonly string[],
): CommonProgrammeGroup[] {
  const entries: (CommonProgrammeMember & { pillarId: string; words: string[]; order: number })[] = [];
  plans.forEach(({ regionCode, plan }, order) => {
    for (const programme of plan.programmes) {
      entries.push({
        regionCode,
        programmeId: programme.id,
        name: programme.name,
        pillarId: programme.pillarId,
        words: significantWords(programme.name),
        order,
      });
    }
  });
  // Union–find over the entries: a pair of alike programmes from two regions joins their sets.
  const parent = entries.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  entries.forEach((a, i) => {
    for (let j = i + 1; j < entries.length; j++) {
      const b = entries[j];
      if (!b || a.pillarId !== b.pillarId || a.regionCode === b.regionCode) continue;
      if (alike(a.words, b.words)) parent[root(j)] = root(i);
    }
  });
  const sets = new Map<number, typeof entries>();
  entries.forEach((entry, index) => {
    const key = root(index);
    sets.set(key, [...(sets.get(key) ?? []), entry]);
  });
  const rank = (id: string) => {
    const index = pillarIds.indexOf(id);
    return index === -1 ? pillarIds.length : index;
  };
  const groups: CommonProgrammeGroup[] = [];
  for (const members of sets.values()) {
    const regions = [...new Set(members.map((member) => member.regionCode))];
    if (regions.length < 2) continue;
    members.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'id'));
    const regionsOf = new Map<string, Set<string>>();
    for (const member of members) {
      for (const word of member.words) {
        regionsOf.set(word, (regionsOf.get(word) ?? new Set()).add(member.regionCode));
      }
    }
    const words = [...regionsOf].filter(([, holders]) => holders.size >= 2).map(([word]) => word);
    groups.push({
      pillarId: members[0]?.pillarId ?? '',
      words,
      regions,
      programmes: members.map(({ regionCode, programmeId, name }) => ({ regionCode, programmeId, name })),
    });
  }
  return groups.sort(
    (a, b) =>
      b.regions.length - a.regions.length ||
      rank(a.pillarId) - rank(b.pillarId) ||
      a.words.join(' ').localeCompare(b.words.join(' ')),
  );
}
