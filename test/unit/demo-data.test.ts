import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArea } from '../../shared/model/area.js';
import {
  commitmentHash,
  readCommitment,
  readSignature,
  signatureState,
} from '../../shared/model/commitment.js';
import { generateArea, nationalPreset, regionDocName } from '../../shared/model/demo/index.js';

import { readSession } from '../../shared/model/fgd-view.js';
import { InnovationFields, readInnovations } from '../../shared/model/innovation.js';
import { readMasterPlan } from '../../shared/model/master-plan.js';
import {
  areaPlanTotals,
  commonProgrammes,
  quickWinsByPillar,
  summarizeRegionPlan,
} from '../../shared/model/master-plan-area.js';
import { presetProblems } from '../../shared/model/presets.js';
import { readReplicationPlans } from '../../shared/model/replication-plan.js';
import {
  planThread,
  readPlanComments,
  readReplicationSupport,
  supportFor,
} from '../../shared/model/replication-support.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';

const KULON_PROGO = '34.01';

function readAll(generated: ReturnType<typeof generateArea>) {
  const problems: ReadProblem[] = [];
  const innovations = [...generated.regions].flatMap(([code, doc]) =>
    readInnovations(doc, regionDocName(generated.preset.id, code), code, (p) => problems.push(p)),
  );
  return { innovations, problems };
}

function regionState(generated: ReturnType<typeof generateArea>, code: string): Uint8Array {
  const doc = generated.regions.get(code);
  if (!doc) throw new Error(`no document for ${code}`);
  return Y.encodeStateAsUpdate(doc);
}

describe('demo and scale data', () => {
  // Generated once: the area size takes a few hundred milliseconds.
  const demo = generateArea('demo');
  const area = generateArea('area');

  it('is deterministic: the same seed gives byte-identical documents, another seed different ones', () => {
    const again = generateArea('demo');
    expect(regionState(again, KULON_PROGO)).toEqual(regionState(demo, KULON_PROGO));
    expect(Y.encodeStateAsUpdate(again.area)).toEqual(Y.encodeStateAsUpdate(demo.area));
    const other = generateArea('demo', 2);
    expect(regionState(other, KULON_PROGO)).not.toEqual(regionState(demo, KULON_PROGO));
  });

  it('has about 150 innovations at demo size and about 3,000 at area size', () => {
    const demoCount = readAll(demo).innovations.length;
    expect(demoCount).toBeGreaterThanOrEqual(140);
    expect(demoCount).toBeLessThanOrEqual(160);
    const areaCount = readAll(area).innovations.length;
    expect(areaCount).toBeGreaterThanOrEqual(2900);
    expect(areaCount).toBeLessThanOrEqual(3100);
  });

  it('reads back every generated innovation without a reported problem', () => {
    for (const generated of [demo, area]) {
      const { innovations, problems } = readAll(generated);
      expect(problems).toEqual([]);
      for (const innovation of innovations) {
        expect(InnovationFields.safeParse(innovation).success).toBe(true);
        expect(generated.preset.pillars.map((p) => p.id)).toEqual(
          expect.arrayContaining(innovation.dimensions),
        );
      }
      // Stored innovations per doc match what was read: nothing was skipped silently.
      const stored = [...generated.regions.values()].reduce(
        (n, doc) => n + doc.getMap('innovations').size,
        0,
      );
      expect(innovations).toHaveLength(stored);
    }
  });

  it('spreads innovations over every member region, each written by that region’s editor', () => {
    const { innovations } = readAll(area);
    const regions = new Set(innovations.map((innovation) => innovation.regionCode));
    expect(regions.size).toBe(25);
    for (const innovation of innovations) {
      expect(innovation.created.by).toMatchObject({ role: 'regionEditor', region: innovation.regionCode });
    }
  });

  it('sets up the area with 25 members, the pillars, a commitment and FGD sessions', () => {
    const problems: ReadProblem[] = [];
    const read = readArea(demo.area, demo.areaDocName, (p) => problems.push(p));
    expect(problems).toEqual([]);
    expect(demo.areaDocName).toBe('kspn-borobudur/area');
    expect(read?.members).toHaveLength(25);
    expect(read?.pillars).toHaveLength(6);
    expect(read?.commitments).toHaveLength(1);
    expect(read?.fgds.length).toBeGreaterThan(0);
    expect([...demo.regions.keys()]).toEqual(read?.members.map((member) => member.code));
  });

  it('builds a sound national preset of all 514 regions, grouped by province', () => {
    const preset = nationalPreset();
    expect(presetProblems(preset)).toEqual([]);
    expect(preset.members).toHaveLength(514);
    expect(preset.groups.reduce((n, group) => n + group.members.length, 0)).toBe(514);
  });

  it('holds replication plans, a signed final commitment and an FGD, all valid', () => {
    const problems: ReadProblem[] = [];
    const report = (p: ReadProblem) => problems.push(p);
    const plans = [...demo.regions].flatMap(([code, doc]) =>
      readReplicationPlans(doc, regionDocName('kspn-borobudur', code), code, report),
    );
    expect(plans.length).toBeGreaterThan(10);
    expect(new Set(plans.map((p) => p.stage)).size).toBeGreaterThan(2);
    expect(plans.every((p) => p.source.regionCode !== p.adopterCode)).toBe(true);
    // The source regions answered some plans, both sides talk, evaluated plans carry figures.
    const support = new Map(
      [...demo.regions].map(([code, doc]) => [
        code,
        readReplicationSupport(doc, regionDocName('kspn-borobudur', code), code, report),
      ]),
    );
    const comments = new Map(
      [...demo.regions].map(([code, doc]) => [
        code,
        readPlanComments(doc, regionDocName('kspn-borobudur', code), code, report),
      ]),
    );
    const refs = plans.map((p) => ({
      adopterCode: p.adopterCode,
      planId: p.id,
      sourceCode: p.source.regionCode,
    }));
    const confirmed = refs.filter((ref) => supportFor(ref, support)?.confirmed).length;
    expect(confirmed).toBeGreaterThan(0);
    expect(confirmed).toBeLessThan(plans.length);
    expect(refs.every((ref) => planThread(ref, comments).length >= 1)).toBe(true);
    expect(refs.some((ref) => planThread(ref, comments).length === 2)).toBe(true);
    const evaluated = plans.filter((p) => p.stage === 'evaluasi');
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.every((p) => p.evaluation.length === 2)).toBe(true);

    const commitment = readCommitment(demo.commitment, 'kspn-borobudur/commitment/komitmen-bersama', report);
    expect(commitment?.status).toBe('final');
    expect(commitment?.items).toHaveLength(6);
    const states = [...demo.regions].map(([code, doc]) =>
      signatureState(
        readSignature(doc, regionDocName('kspn-borobudur', code), code, 'komitmen-bersama', report),
        {
          hash: commitmentHash(demo.commitment),
        },
      ),
    );
    expect(states.filter((s) => s === 'signed').length).toBeGreaterThan(12);
    expect(states).toContain('pending');
    expect(states).not.toContain('outdated');

    const fgd = readSession(
      demo.fgd,
      'kspn-borobudur/fgd/fgd-2',
      { participantId: null, facilitator: true },
      report,
    );
    expect(fgd?.cards).toHaveLength(10);
    expect(Object.values(fgd?.tally ?? {}).reduce((a, b) => a + b, 0)).toBe(30);
    expect(fgd?.decisions).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('holds master plans for ten regions at different stages, with joint-programme candidates', () => {
    const problems: ReadProblem[] = [];
    const plans = [...demo.regions].map(([code, doc]) => ({
      regionCode: code,
      plan: readMasterPlan(doc, regionDocName('kspn-borobudur', code), (p) => problems.push(p)),
    }));
    expect(problems).toEqual([]);
    const summaries = plans.map(summarizeRegionPlan);
    const totals = areaPlanTotals(summaries);
    expect(totals.started).toBe(10);
    expect(totals.byPosition).toEqual({ belum: 15, 1: 2, 2: 2, 3: 2, 4: 2, selesai: 2 });
    expect(totals.programmes).toBeGreaterThanOrEqual(20);
    expect(totals.quickWins).toBe(15);
    const pillars = demo.preset.pillars.map((pillar) => pillar.id);
    expect(quickWinsByPillar(plans, pillars).length).toBeGreaterThanOrEqual(4);
    const common = commonProgrammes(plans, pillars);
    expect(common.length).toBeGreaterThanOrEqual(3);
    expect(common.some((group) => group.words.includes('pariwisata'))).toBe(true);
    // Programmes build on their own region's innovations.
    const linked = plans.flatMap(({ regionCode, plan }) =>
      plan.programmes.flatMap((programme) => programme.innovations.map((ref) => [regionCode, ref] as const)),
    );
    expect(linked.length).toBeGreaterThan(5);
    for (const [code, ref] of linked) expect(ref.startsWith(`${code}/`)).toBe(true);
  });
});
