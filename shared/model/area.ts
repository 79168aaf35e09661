/**
 * The area document (`<area>/area`): profile, member regions, sub-area groups, pillar set, and the
 * index of commitments and FGD sessions. Written by area coordinators only.
 *
 * Layout: top-level maps `profile` (keys id, name, created), `members` (code → entry), `groups`,
 * `pillars`, `commitments`, `fgds` (id → entry). Entries are whole JSON values: each is changed as a
 * unit, and concurrent changes to different entries merge.
 */

import type * as Y from 'yjs';
import { z } from 'zod';
import { displayName, regencyByCode } from '../regions/index.js';
import { EntryId, RegionCode } from './fields.js';
import { type Author, type CommandContext, Stamp, stamp } from './identity.js';
import type { AreaPreset } from './presets.js';
import { type CommandResult, ok, parseInput, type Refusal, refuse } from './result.js';
import { type ReportProblem, readEntries, readValue } from './validated-read.js';

const MemberEntry = z.object({ code: RegionCode, order: z.number().int().min(0), added: Stamp });
const GroupEntry = z.object({
  id: EntryId,
  name: z.string().trim().min(1).max(80),
  members: z.array(RegionCode).max(600),
  updated: Stamp,
});
const PillarEntry = z.object({
  id: EntryId,
  name: z.string().trim().min(1).max(80),
  order: z.number().int().min(0),
  updated: Stamp,
});
const CoordinatorEntry = z.object({
  id: EntryId,
  name: z.string().trim().min(1).max(120),
  /** The office they coordinate from, when it is a member region (e.g. the host city's Diskominfo). */
  region: RegionCode.nullable(),
  added: Stamp,
});
const CommitmentIndexEntry = z.object({
  id: EntryId,
  title: z.string().trim().min(1).max(200),
  created: Stamp,
});
const FgdIndexEntry = CommitmentIndexEntry.extend({ date: z.iso.date() });

export interface AreaMember {
  code: string;
  name: string;
  /** "Kab. Magelang" / "Kota Magelang". */
  displayName: string;
  order: number;
}

export interface Area {
  id: string;
  name: string;
  created: Stamp | null;
  /** In signing order. */
  members: AreaMember[];
  groups: { id: string; name: string; members: string[] }[];
  /** In display order. */
  pillars: { id: string; name: string }[];
  coordinators: { id: string; name: string; region: string | null }[];
  commitments: z.infer<typeof CommitmentIndexEntry>[];
  fgds: z.infer<typeof FgdIndexEntry>[];
}

/** The area as plain, validated data; null while the document has no profile yet (not created or not synced). */
export function readArea(ydoc: Y.Doc, docName: string, report: ReportProblem): Area | null {
  const profile = ydoc.getMap<unknown>('profile');
  const where = (key: string) => ({ doc: docName, key: `profile/${key}` });
  const id = readValue(EntryId, profile.get('id'), where('id'), report);
  const name = readValue(z.string().min(1).max(120), profile.get('name'), where('name'), report);
  if (id === undefined || name === undefined) return null;
  const created = profile.has('created')
    ? (readValue(Stamp, profile.get('created'), where('created'), report) ?? null)
    : null;

  const members: AreaMember[] = [];
  for (const [key, entry] of readEntries(ydoc, 'members', MemberEntry, docName, report)) {
    const regency = regencyByCode(entry.code);
    if (!regency || key !== entry.code) {
      report({
        doc: docName,
        key: `members/${key}`,
        problem: `unknown or mismatched region code ${entry.code}`,
      });
      continue;
    }
    members.push({
      code: entry.code,
      name: regency.name,
      displayName: displayName(regency),
      order: entry.order,
    });
  }
  members.sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
  const memberCodes = new Set(members.map((member) => member.code));

  const groups = [...readEntries(ydoc, 'groups', GroupEntry, docName, report).values()]
    .map(({ id, name, members }) => ({ id, name, members: members.filter((code) => memberCodes.has(code)) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id));
  const pillars = [...readEntries(ydoc, 'pillars', PillarEntry, docName, report).values()]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map(({ id, name }) => ({ id, name }));
  const coordinators = [...readEntries(ydoc, 'coordinators', CoordinatorEntry, docName, report).values()]
    .map(({ id, name, region }) => ({ id, name, region }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id));
  const byCreated = <T extends { created: Stamp }>(a: T, b: T) => a.created.at.localeCompare(b.created.at);
  const commitments = [
    ...readEntries(ydoc, 'commitments', CommitmentIndexEntry, docName, report).values(),
  ].sort(byCreated);
  const fgds = [...readEntries(ydoc, 'fgds', FgdIndexEntry, docName, report).values()].sort(
    (a, b) => a.date.localeCompare(b.date) || byCreated(a, b),
  );
  return { id, name, created, members, groups, pillars, coordinators, commitments, fgds };
}

function requireCoordinator(author: Author): Refusal | null {
  return author.role === 'coordinator' ? null : refuse('error.notCoordinator');
}

/** Sets up an empty area document from a preset: profile, members in signing order, groups, pillars. */
export function createArea(ydoc: Y.Doc, preset: AreaPreset, ctx: CommandContext): CommandResult {
  const denied = requireCoordinator(ctx.author);
  if (denied) return denied;
  const profile = ydoc.getMap<unknown>('profile');
  if (profile.has('id')) return refuse('error.duplicateId', { id: String(profile.get('id')) });
  for (const code of preset.members) {
    if (!regencyByCode(code)) return refuse('error.unknownRegion', { code });
  }
  const at = stamp(ctx);
  ydoc.transact(() => {
    profile.set('id', preset.id);
    profile.set('name', preset.name);
    profile.set('created', at);
    ydoc
      .getMap<unknown>('coordinators')
      .set('pembuat', { id: 'pembuat', name: ctx.author.name, region: ctx.author.region, added: at });
    const members = ydoc.getMap<unknown>('members');
    for (const [order, code] of preset.members.entries()) members.set(code, { code, order, added: at });
    const groups = ydoc.getMap<unknown>('groups');
    for (const group of preset.groups)
      groups.set(group.id, { ...group, members: [...group.members], updated: at });
    const pillars = ydoc.getMap<unknown>('pillars');
    for (const [order, pillar] of preset.pillars.entries()) {
      pillars.set(pillar.id, { ...pillar, order, updated: at });
    }
  }, ctx);
  return ok();
}

export function renameArea(ydoc: Y.Doc, name: unknown, ctx: CommandContext): CommandResult {
  const denied = requireCoordinator(ctx.author);
  if (denied) return denied;
  const input = parseInput(z.string().trim().min(1).max(120), name);
  if (!input.ok) return input;
  ydoc.transact(() => ydoc.getMap<unknown>('profile').set('name', input.value), ctx);
  return ok();
}

export function addMember(ydoc: Y.Doc, code: string, ctx: CommandContext): CommandResult {
  const denied = requireCoordinator(ctx.author);
  if (denied) return denied;
  const regency = regencyByCode(code);
  if (!regency) return refuse('error.unknownRegion', { code });
  const members = ydoc.getMap<unknown>('members');
  if (members.has(code)) return refuse('error.alreadyMember', { region: displayName(regency) });
  let next = 0;
  for (const entry of members.values()) {
    const parsed = MemberEntry.safeParse(entry);
    if (parsed.success) next = Math.max(next, parsed.data.order + 1);
  }
  ydoc.transact(() => members.set(code, { code, order: next, added: stamp(ctx) }), ctx);
  return ok();
}

export function removeMember(ydoc: Y.Doc, code: string, ctx: CommandContext): CommandResult {
  const denied = requireCoordinator(ctx.author);
  if (denied) return denied;
  const regency = regencyByCode(code);
  const members = ydoc.getMap<unknown>('members');
  if (!regency || !members.has(code))
    return refuse('error.notAMember', { region: regency ? displayName(regency) : code });
  for (const entry of ydoc.getMap<unknown>('groups').values()) {
    const group = GroupEntry.safeParse(entry);
    if (group.success && group.data.members.includes(code)) {
      return refuse('error.memberInGroup', { region: displayName(regency), group: group.data.name });
    }
  }
  ydoc.transact(() => members.delete(code), ctx);
  return ok();
}

const GroupInput = z.object({
  id: EntryId,
  name: z.string().trim().min(1).max(80),
  members: z.array(RegionCode).max(600),
});

/** Creates or replaces a sub-area group; every member must belong to the area. */
export function setGroup(ydoc: Y.Doc, group: unknown, ctx: CommandContext): CommandResult {
  const denied = requireCoordinator(ctx.author);
  if (denied) return denied;
  const input = parseInput(GroupInput, group);
  if (!input.ok) return input;
  const members = ydoc.getMap<unknown>('members');
  for (const code of input.value.members) {
    const regency = regencyByCode(code);
    if (!regency) return refuse('error.unknownRegion', { code });
    if (!members.has(code)) return refuse('error.notAMember', { region: displayName(regency) });
  }
  const value = { ...input.value, members: [...new Set(input.value.members)], updated: stamp(ctx) };
  ydoc.transact(() => ydoc.getMap<unknown>('groups').set(value.id, value), ctx);
  return ok();
}

const PillarInput = z.object({ id: EntryId, name: z.string().trim().min(1).max(80) });

/** Adds a pillar at the end, or renames an existing one in place. */
export function setPillar(ydoc: Y.Doc, pillar: unknown, ctx: CommandContext): CommandResult {
  const denied = requireCoordinator(ctx.author);
  if (denied) return denied;
  const input = parseInput(PillarInput, pillar);
  if (!input.ok) return input;
  const pillars = ydoc.getMap<unknown>('pillars');
  const orders = [...pillars.values()].flatMap((entry) => {
    const parsed = PillarEntry.safeParse(entry);
    return parsed.success ? [parsed.data.order] : [];
  });
  const existing = PillarEntry.safeParse(pillars.get(input.value.id));
  const order = existing.success ? existing.data.order : Math.max(-1, ...orders) + 1;
  ydoc.transact(() => pillars.set(input.value.id, { ...input.value, order, updated: stamp(ctx) }), ctx);
  return ok();
}

export function removePillar(ydoc: Y.Doc, id: string, ctx: CommandContext): CommandResult {
  const denied = requireCoordinator(ctx.author);
  if (denied) return denied;
  const pillars = ydoc.getMap<unknown>('pillars');
  if (!pillars.has(id)) return refuse('error.notFound', { id });
  if (pillars.size <= 1) return refuse('error.lastPillar');
  ydoc.transact(() => pillars.delete(id), ctx);
  return ok();
}

const CoordinatorInput = z.object({
  id: EntryId,
  name: z.string().trim().min(1).max(120),
  region: RegionCode.nullable(),
});

/** Lists a person as an area coordinator (the hub's tokens grant the matching write access). */
export function setCoordinator(ydoc: Y.Doc, coordinator: unknown, ctx: CommandContext): CommandResult {
  const denied = requireCoordinator(ctx.author);
  if (denied) return denied;
  const input = parseInput(CoordinatorInput, coordinator);
  if (!input.ok) return input;
  if (input.value.region !== null && !regencyByCode(input.value.region)) {
    return refuse('error.unknownRegion', { code: input.value.region });
  }
  ydoc.transact(
    () => ydoc.getMap<unknown>('coordinators').set(input.value.id, { ...input.value, added: stamp(ctx) }),
    ctx,
  );
  return ok();
}

export function removeCoordinator(ydoc: Y.Doc, id: string, ctx: CommandContext): CommandResult {
  const denied = requireCoordinator(ctx.author);
  if (denied) return denied;
  const coordinators = ydoc.getMap<unknown>('coordinators');
  if (!coordinators.has(id)) return refuse('error.notFound', { id });
  if (coordinators.size <= 1) return refuse('error.lastCoordinator');
  ydoc.transact(() => coordinators.delete(id), ctx);
  return ok();
}

const IndexInput = z.object({ id: EntryId, title: z.string().trim().min(1).max(200) });

/** Lists a commitment document (`<area>/commitment/<id>`) in the area's index. */
export function registerCommitment(ydoc: Y.Doc, entry: unknown, ctx: CommandContext): CommandResult {
  return register(ydoc, 'commitments', IndexInput, entry, ctx);
}

/** Lists an FGD session document (`<area>/fgd/<id>`) in the area's index. */
export function registerFgd(ydoc: Y.Doc, entry: unknown, ctx: CommandContext): CommandResult {
  return register(ydoc, 'fgds', IndexInput.extend({ date: z.iso.date() }), entry, ctx);
}

function register<S extends typeof IndexInput>(
  ydoc: Y.Doc,
  mapName: 'commitments' | 'fgds',
  schema: S,
  entry: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireCoordinator(ctx.author);
  if (denied) return denied;
  const input = parseInput(schema, entry);
  if (!input.ok) return input;
  const index = ydoc.getMap<unknown>(mapName);
  if (index.has(input.value.id)) return refuse('error.duplicateId', { id: input.value.id });
  ydoc.transact(() => index.set(input.value.id, { ...input.value, created: stamp(ctx) }), ctx);
  return ok();
}
