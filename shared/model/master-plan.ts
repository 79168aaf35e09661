/**
 * A region's smart-city master plan (in `<area>/region/<code>`), written over the four bimtek stages:
 * readiness (struktur, infrastruktur, suprastruktur), programmes from the RPJMD/Renstra per pillar,
 * the innovations they lead to, and quick wins for years 1–2. Only that region's editors write it.
 *
 * Layout: top-level maps `masterPlan` (stages, team, readiness — whole values per key),
 * `programmes` and `quickWins` (id → JSON).
 */

import type * as Y from 'yjs';
import { z } from 'zod';
import { EntryId, text } from './fields.js';
import { type CommandContext, Stamp, stamp } from './identity.js';
import { requireRegionEditor } from './permissions.js';
import { type CommandResult, invalidInput, ok, parseInput, refuse } from './result.js';
import { type ReportProblem, readEntries, readValue } from './validated-read.js';

export const BIMTEK_STAGES = [1, 2, 3, 4] as const;
export const StageState = z.object({
  status: z.enum(['belum', 'berjalan', 'selesai']),
  start: z.iso.date().nullable(),
  end: z.iso.date().nullable(),
  updated: Stamp,
});

/** The readiness elements and their sub-elements, as the programme's guide names them. */
export const READINESS = {
  struktur: ['sdm', 'keuangan', 'tataKelola'],
  infrastruktur: ['fisik', 'digital', 'sosial'],
  suprastruktur: ['regulasi', 'kelembagaan', 'implementasi'],
} as const;
export type ReadinessElement = keyof typeof READINESS;

const Score = z.object({ score: z.number().int().min(1).max(5), notes: text(2000), updated: Stamp });
const TeamMember = z.object({ name: text(120).min(1), opd: text(200).min(2), role: text(120) });
export const ProgrammeFields = z.object({
  pillarId: EntryId,
  name: text(300).min(3),
  leadOpd: text(200).min(2),
  rpjmdReference: text(400),
  horizon: z.enum(['satuTahun', 'limaTahun', 'jangkaPanjang']),
  budget: z.object({ amount: z.number().min(0).nullable(), source: text(80) }),
  /** Catalog innovations (`<region code>/<innovation id>`) and replication plan ids it builds on. */
  innovations: z.array(z.string().regex(/^\d{2}\.\d{2}\/[a-z0-9][a-z0-9-]*$/)).max(50),
  replicationPlans: z.array(EntryId).max(50),
});
export const QuickWinFields = z.object({
  pillarId: EntryId,
  name: text(300).min(3),
  service: text(300).min(2),
  months: z.number().int().min(6).max(12),
  impact: z
    .array(
      z.object({
        label: text(120).min(1),
        unit: text(30),
        expected: z.number(),
        actual: z.number().nullable(),
      }),
    )
    .max(10),
});

const StoredProgramme = ProgrammeFields.extend({ id: EntryId, updated: Stamp });
const StoredQuickWin = QuickWinFields.extend({ id: EntryId, updated: Stamp });

export interface MasterPlan {
  stages: Partial<Record<(typeof BIMTEK_STAGES)[number], z.infer<typeof StageState>>>;
  team: z.infer<typeof TeamMember>[];
  readiness: {
    [E in ReadinessElement]: Partial<Record<(typeof READINESS)[E][number], z.infer<typeof Score>>>;
  };
  programmes: z.infer<typeof StoredProgramme>[];
  quickWins: z.infer<typeof StoredQuickWin>[];
}

export function readMasterPlan(ydoc: Y.Doc, docName: string, report: ReportProblem): MasterPlan {
  const plan = ydoc.getMap<unknown>('masterPlan');
  const stages: MasterPlan['stages'] = {};
  for (const stage of BIMTEK_STAGES) {
    const key = `stage${stage}`;
    if (!plan.has(key)) continue;
    const value = readValue(StageState, plan.get(key), { doc: docName, key: `masterPlan/${key}` }, report);
    if (value) stages[stage] = value;
  }
  const team = plan.has('team')
    ? (readValue(
        z.array(TeamMember).max(200),
        plan.get('team'),
        { doc: docName, key: 'masterPlan/team' },
        report,
      ) ?? [])
    : [];
  const readiness: MasterPlan['readiness'] = { struktur: {}, infrastruktur: {}, suprastruktur: {} };
  for (const element of Object.keys(READINESS) as ReadinessElement[]) {
    for (const sub of READINESS[element]) {
      const key = `readiness.${element}.${sub}`;
      if (!plan.has(key)) continue;
      const score = readValue(Score, plan.get(key), { doc: docName, key: `masterPlan/${key}` }, report);
      if (score) (readiness[element] as Record<string, z.infer<typeof Score>>)[sub] = score;
    }
  }
  const byName = <T extends { name: string; id: string }>(a: T, b: T) =>
    a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id);
  const programmes = [...readEntries(ydoc, 'programmes', StoredProgramme, docName, report).values()].sort(
    byName,
  );
  const quickWins = [...readEntries(ydoc, 'quickWins', StoredQuickWin, docName, report).values()].sort(
    byName,
  );
  return { stages, team, readiness, programmes, quickWins };
}

export function setBimtekStage(
  ydoc: Y.Doc,
  regionCode: string,
  stage: number,
  input: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireRegionEditor(regionCode, ctx);
  if (denied) return denied;
  if (!BIMTEK_STAGES.some((s) => s === stage)) return refuse('error.notFound', { id: `stage${stage}` });
  const parsed = parseInput(StageState.omit({ updated: true }), input);
  if (!parsed.ok) return parsed;
  ydoc.transact(
    () => ydoc.getMap<unknown>('masterPlan').set(`stage${stage}`, { ...parsed.value, updated: stamp(ctx) }),
    ctx,
  );
  return ok();
}

export function setTeam(ydoc: Y.Doc, regionCode: string, team: unknown, ctx: CommandContext): CommandResult {
  const denied = requireRegionEditor(regionCode, ctx);
  if (denied) return denied;
  const parsed = parseInput(z.array(TeamMember).max(200), team);
  if (!parsed.ok) return parsed;
  ydoc.transact(() => ydoc.getMap<unknown>('masterPlan').set('team', parsed.value), ctx);
  return ok();
}

export function scoreReadiness<E extends ReadinessElement>(
  ydoc: Y.Doc,
  regionCode: string,
  element: E,
  sub: (typeof READINESS)[E][number],
  input: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireRegionEditor(regionCode, ctx);
  if (denied) return denied;
  if (!(READINESS[element] as readonly string[]).includes(sub))
    return refuse('error.notFound', { id: `${element}.${sub}` });
  const parsed = parseInput(Score.omit({ updated: true }), input);
  if (!parsed.ok) return parsed;
  ydoc.transact(
    () =>
      ydoc
        .getMap<unknown>('masterPlan')
        .set(`readiness.${element}.${sub}`, { ...parsed.value, updated: stamp(ctx) }),
    ctx,
  );
  return ok();
}

function setEntry(
  ydoc: Y.Doc,
  mapName: 'programmes' | 'quickWins',
  schema: typeof ProgrammeFields | typeof QuickWinFields,
  regionCode: string,
  id: string,
  input: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireRegionEditor(regionCode, ctx);
  if (denied) return denied;
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  ydoc.transact(
    () => ydoc.getMap<unknown>(mapName).set(id, { ...parsed.data, id, updated: stamp(ctx) }),
    ctx,
  );
  return ok();
}

export function setProgramme(
  ydoc: Y.Doc,
  regionCode: string,
  id: string,
  input: unknown,
  ctx: CommandContext,
): CommandResult {
  return setEntry(ydoc, 'programmes', ProgrammeFields, regionCode, id, input, ctx);
}

export function setQuickWin(
  ydoc: Y.Doc,
  regionCode: string,
  id: string,
  input: unknown,
  ctx: CommandContext,
): CommandResult {
  return setEntry(ydoc, 'quickWins', QuickWinFields, regionCode, id, input, ctx);
}

/** Mean readiness score per element (1–5), for the radar chart; null where nothing is scored yet. */
export function readinessSummary(plan: MasterPlan): Record<ReadinessElement, number | null> {
  const mean = (scores: { score: number }[]) =>
    scores.length === 0 ? null : scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
  return {
    struktur: mean(Object.values(plan.readiness.struktur)),
    infrastruktur: mean(Object.values(plan.readiness.infrastruktur)),
    suprastruktur: mean(Object.values(plan.readiness.suprastruktur)),
  };
}

function removeEntry(
  ydoc: Y.Doc,
  mapName: 'programmes' | 'quickWins',
  regionCode: string,
  id: string,
  ctx: CommandContext,
): CommandResult {
  const denied = requireRegionEditor(regionCode, ctx);
  if (denied) return denied;
  const entries = ydoc.getMap<unknown>(mapName);
  if (!entries.has(id)) return refuse('error.notFound', { id });
  ydoc.transact(() => entries.delete(id), ctx);
  return ok();
}

/** Takes a programme out of the plan (the workspace asks first); only the region's editors may. */
export function removeProgramme(
  ydoc: Y.Doc,
  regionCode: string,
  id: string,
  ctx: CommandContext,
): CommandResult {
  return removeEntry(ydoc, 'programmes', regionCode, id, ctx);
}

/** Takes a quick win out of the plan (the workspace asks first); only the region's editors may. */
export function removeQuickWin(
  ydoc: Y.Doc,
  regionCode: string,
  id: string,
  ctx: CommandContext,
): CommandResult {
  return removeEntry(ydoc, 'quickWins', regionCode, id, ctx);
}
