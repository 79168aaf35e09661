import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addMember,
  createArea,
  readArea,
  registerCommitment,
  registerFgd,
  removeCoordinator,
  removeMember,
  removePillar,
  renameArea,
  setCoordinator,
  setGroup,
  setPillar,
} from '../../shared/model/area.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import { KSPN_BOROBUDUR } from '../../shared/model/presets.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';

const DOC = 'kspn-borobudur/area';
const coordinator: Author = { name: 'Sekretariat Kawasan', region: '33.72', role: 'coordinator' };
const editor: Author = { name: 'Diskominfo Klaten', region: '33.10', role: 'regionEditor' };

function context(author: Author, at = '2026-11-23T09:00:00.000Z'): CommandContext {
  return { author, now: () => new Date(at) };
}

function read(ydoc: Y.Doc) {
  const problems: ReadProblem[] = [];
  const area = readArea(ydoc, DOC, (problem) => problems.push(problem));
  return { area, problems };
}

function borobudur(): Y.Doc {
  const ydoc = new Y.Doc();
  expect(createArea(ydoc, KSPN_BOROBUDUR, context(coordinator))).toEqual({ ok: true, value: undefined });
  return ydoc;
}

describe('area document', () => {
  it('is empty until created, then reads back the preset in signing order', () => {
    expect(read(new Y.Doc()).area).toBeNull();
    const { area, problems } = read(borobudur());
    expect(problems).toEqual([]);
    expect(area?.name).toBe('KSPN Borobudur');
    expect(area?.members).toHaveLength(25);
    expect(area?.members[0]).toEqual({
      code: '33.72',
      name: 'Kota Surakarta',
      displayName: 'Kota Surakarta',
      order: 0,
    });
    expect(area?.pillars.map((p) => p.id)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    expect(area?.groups).toEqual([
      { id: 'purwomanggung', name: 'Purwomanggung', members: ['33.06', '33.07', '33.71', '33.08', '33.23'] },
    ]);
    expect(area?.created?.by.name).toBe('Sekretariat Kawasan');
  });

  it('refuses every change from someone who is not a coordinator, and changes nothing', () => {
    const ydoc = borobudur();
    const before = Y.encodeStateAsUpdate(ydoc);
    const ctx = context(editor);
    for (const result of [
      createArea(new Y.Doc(), KSPN_BOROBUDUR, ctx),
      renameArea(ydoc, 'Kawasan Lain', ctx),
      addMember(ydoc, '33.01', ctx),
      removeMember(ydoc, '33.10', ctx),
      setGroup(ydoc, { id: 'x', name: 'X', members: [] }, ctx),
      setPillar(ydoc, { id: 'mobility', name: 'Smart Mobility' }, ctx),
      removePillar(ydoc, 'branding', ctx),
      registerCommitment(ydoc, { id: 'komitmen-2021', title: 'Komitmen' }, ctx),
    ]) {
      expect(result).toEqual({ ok: false, error: { key: 'error.notCoordinator', params: {} } });
    }
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(before);
  });

  it('adds members at the end of the signing order and refuses unknown or duplicate codes', () => {
    const ydoc = borobudur();
    const ctx = context(coordinator);
    expect(addMember(ydoc, '33.01', ctx).ok).toBe(true);
    expect(read(ydoc).area?.members.at(-1)).toMatchObject({
      code: '33.01',
      name: 'Kabupaten Cilacap',
      order: 25,
    });
    expect(addMember(ydoc, '33.01', ctx)).toEqual({
      ok: false,
      error: { key: 'error.alreadyMember', params: { region: 'Kab. Cilacap' } },
    });
    expect(addMember(ydoc, '99.99', ctx)).toEqual({
      ok: false,
      error: { key: 'error.unknownRegion', params: { code: '99.99' } },
    });
  });

  it('will not remove a region still listed in a group, nor group a non-member', () => {
    const ydoc = borobudur();
    const ctx = context(coordinator);
    expect(removeMember(ydoc, '33.07', ctx)).toEqual({
      ok: false,
      error: { key: 'error.memberInGroup', params: { region: 'Kab. Wonosobo', group: 'Purwomanggung' } },
    });
    expect(
      setGroup(ydoc, { id: 'purwomanggung', name: 'Purwomanggung', members: ['33.06', '33.71'] }, ctx).ok,
    ).toBe(true);
    expect(removeMember(ydoc, '33.07', ctx).ok).toBe(true);
    expect(read(ydoc).area?.members).toHaveLength(24);
    expect(setGroup(ydoc, { id: 'soloraya', name: 'Solo Raya', members: ['33.72', '33.07'] }, ctx)).toEqual({
      ok: false,
      error: { key: 'error.notAMember', params: { region: 'Kab. Wonosobo' } },
    });
    expect(setGroup(ydoc, { id: 'Solo Raya', name: 'Solo Raya', members: [] }, ctx)).toMatchObject({
      ok: false,
      error: { key: 'error.invalidInput' },
    });
  });

  it('keeps pillar order when renaming, appends new ones, never removes the last', () => {
    const ydoc = borobudur();
    const ctx = context(coordinator);
    expect(setPillar(ydoc, { id: 'branding', name: 'Smart Branding Wisata' }, ctx).ok).toBe(true);
    expect(setPillar(ydoc, { id: 'mobility', name: 'Smart Mobility' }, ctx).ok).toBe(true);
    expect(read(ydoc).area?.pillars.map((p) => p.name)).toEqual([
      'Smart Governance',
      'Smart Branding Wisata',
      'Smart Economy',
      'Smart Living',
      'Smart Society',
      'Smart Environment',
      'Smart Mobility',
    ]);
    for (const id of ['governance', 'branding', 'economy', 'living', 'society', 'environment']) {
      expect(removePillar(ydoc, id, ctx).ok).toBe(true);
    }
    expect(removePillar(ydoc, 'mobility', ctx)).toEqual({
      ok: false,
      error: { key: 'error.lastPillar', params: {} },
    });
    expect(removePillar(ydoc, 'nope', ctx)).toEqual({
      ok: false,
      error: { key: 'error.notFound', params: { id: 'nope' } },
    });
  });

  it('indexes commitments and FGDs once each, stamped with author and time', () => {
    const ydoc = borobudur();
    const ctx = context(coordinator, '2021-11-27T02:00:00.000Z');
    expect(
      registerCommitment(
        ydoc,
        { id: 'komitmen-2021', title: 'Komitmen Bersama Smart City KSPN Borobudur' },
        ctx,
      ).ok,
    ).toBe(true);
    expect(registerCommitment(ydoc, { id: 'komitmen-2021', title: 'Lagi' }, ctx)).toMatchObject({
      ok: false,
    });
    expect(registerFgd(ydoc, { id: 'fgd-solo', title: 'FGD Surakarta', date: '2021-11-27' }, ctx).ok).toBe(
      true,
    );
    expect(registerFgd(ydoc, { id: 'fgd-x', title: 'Tanpa tanggal', date: '27/11/2021' }, ctx)).toMatchObject(
      { ok: false },
    );
    const { area } = read(ydoc);
    expect(area?.commitments).toEqual([
      {
        id: 'komitmen-2021',
        title: 'Komitmen Bersama Smart City KSPN Borobudur',
        created: { by: coordinator, at: '2021-11-27T02:00:00.000Z' },
      },
    ]);
    expect(area?.fgds.map((f) => f.date)).toEqual(['2021-11-27']);
  });

  it('skips and reports values a hostile peer wrote, and still reads the rest', () => {
    const ydoc = borobudur();
    ydoc.getMap('members').set('33.10', { code: '33.10', order: 'first' });
    ydoc
      .getMap('members')
      .set('99.99', { code: '99.99', order: 99, added: { by: coordinator, at: '2026-11-23T09:00:00.000Z' } });
    ydoc.getMap('pillars').set('x', 42);
    ydoc.getMap('groups').set('g', { id: 'g', name: '', members: 'all' });
    const { area, problems } = read(ydoc);
    expect(area?.members.map((m) => m.code)).not.toContain('33.10');
    expect(area?.members).toHaveLength(24);
    expect(area?.pillars).toHaveLength(6);
    expect(area?.groups).toHaveLength(1);
    expect(problems.map((p) => p.key).sort()).toEqual([
      'groups/g',
      'members/33.10',
      'members/99.99',
      'pillars/x',
    ]);
    expect(problems.every((p) => p.doc === DOC)).toBe(true);
    // A broken profile makes the area unreadable as a whole, still without throwing.
    ydoc.getMap('profile').set('name', { evil: true });
    expect(read(ydoc).area).toBeNull();
  });

  it('lists coordinators, starting with the one who created the area, and keeps at least one', () => {
    const ydoc = borobudur();
    const ctx = context(coordinator);
    expect(read(ydoc).area?.coordinators).toEqual([
      { id: 'pembuat', name: 'Sekretariat Kawasan', region: '33.72' },
    ]);
    expect(setCoordinator(ydoc, { id: 'kominfo', name: 'Direktorat Kominfo', region: null }, ctx).ok).toBe(
      true,
    );
    expect(setCoordinator(ydoc, { id: 'x', name: 'X', region: '99.99' }, ctx)).toMatchObject({
      ok: false,
      error: { key: 'error.unknownRegion' },
    });
    expect(setCoordinator(ydoc, { id: 'y', name: 'Y', region: null }, context(editor))).toMatchObject({
      ok: false,
      error: { key: 'error.notCoordinator' },
    });
    expect(removeCoordinator(ydoc, 'pembuat', ctx).ok).toBe(true);
    expect(removeCoordinator(ydoc, 'kominfo', ctx)).toEqual({
      ok: false,
      error: { key: 'error.lastCoordinator', params: {} },
    });
    expect(read(ydoc).area?.coordinators.map((c) => c.id)).toEqual(['kominfo']);
  });

  it('property: commands by coordinators on three replicas, merged in any order with duplicates, converge and validate', () => {
    const codes = ['33.01', '33.02', '33.03', '33.10', '33.07'];
    const command = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), code: fc.constantFrom(...codes) }),
      fc.record({ kind: fc.constant('remove' as const), code: fc.constantFrom(...codes) }),
      fc.record({
        kind: fc.constant('pillar' as const),
        id: fc.constantFrom('a', 'b', 'mobility'),
        name: fc.string({ minLength: 1, maxLength: 8 }),
      }),
      fc.record({ kind: fc.constant('group' as const), members: fc.subarray(codes) }),
      fc.record({ kind: fc.constant('rename' as const), name: fc.string({ minLength: 1, maxLength: 12 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), command), { maxLength: 25 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), { maxLength: 30 }),
        (steps, exchanges) => {
          const origin = borobudur();
          const replicas = [0, 1, 2].map(() => {
            const replica = new Y.Doc();
            Y.applyUpdate(replica, Y.encodeStateAsUpdate(origin));
            return replica;
          });
          const updates: Uint8Array[][] = [[], [], []];
          for (const [index, replica] of replicas.entries()) {
            replica.on('update', (u: Uint8Array) => {
              updates[index]?.push(u);
            });
          }
          steps.forEach(([index, step], n) => {
            const ydoc = replicas[index] as Y.Doc;
            const ctx = context(
              { ...coordinator, name: `Koordinator ${index}` },
              new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
            );
            if (step.kind === 'add') addMember(ydoc, step.code, ctx);
            else if (step.kind === 'remove') removeMember(ydoc, step.code, ctx);
            else if (step.kind === 'pillar') setPillar(ydoc, { id: step.id, name: step.name }, ctx);
            else if (step.kind === 'group')
              setGroup(ydoc, { id: 'uji', name: 'Uji', members: step.members }, ctx);
            else renameArea(ydoc, step.name, ctx);
          });
          // Partial, repeated, out-of-order exchanges first; then everyone gets everything.
          for (const [from, to] of exchanges) {
            for (const update of [...(updates[from] ?? [])].reverse())
              Y.applyUpdate(replicas[to] as Y.Doc, update);
          }
          const all = updates.flat();
          for (const replica of replicas) for (const update of all) Y.applyUpdate(replica, update);
          const reads = replicas.map(read);
          for (const { problems } of reads) expect(problems).toEqual([]);
          expect(reads[1]?.area).toEqual(reads[0]?.area);
          expect(reads[2]?.area).toEqual(reads[0]?.area);
        },
      ),
      { numRuns: 150 },
    );
  });
});
