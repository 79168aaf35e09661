import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COMMITMENT_TEXT,
  commitmentHash,
  createCommitment,
  readCommitment,
  removeCommitmentItem,
  setCommitmentItem,
} from '../../shared/model/commitment.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import {
  createReplicationPlan,
  moveReplicationStage,
  REPLICATION_STAGES,
  readReplicationPlans,
  setMilestone,
  updateReplicationPlan,
} from '../../shared/model/replication-plan.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';

/** Three replicas of one document, each change recorded, then everything exchanged in a shuffled order with duplicates. */
function replicate(seed: Y.Doc, act: (replicas: Y.Doc[]) => void, order: number[]): Y.Doc[] {
  const replicas = [0, 1, 2].map(() => {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(seed));
    return replica;
  });
  const updates: Uint8Array[] = [];
  for (const replica of replicas) {
    replica.on('update', (update: Uint8Array) => {
      updates.push(update);
    });
  }
  act(replicas);
  const shuffled = [...updates, ...updates.slice(0, 4)]
    .map((update, i) => ({ update, key: order[i % Math.max(1, order.length)] ?? i }))
    .sort((a, b) => a.key - b.key);
  for (const replica of replicas) for (const { update } of shuffled) Y.applyUpdate(replica, update);
  return replicas;
}

const minuteCtx = (author: Author, minute: number): CommandContext => ({
  author,
  now: () => new Date(Date.UTC(2026, 0, 1, 0, minute)),
});

describe('convergence of commitments and replication plans', () => {
  it('property: item edits and typing by several regions converge to one read and one hash', () => {
    const authors: Author[] = ['33.10', '34.04', '33.08'].map((region) => ({
      name: `Editor ${region}`,
      region,
      role: 'regionEditor',
    }));
    const action = fc.oneof(
      fc.record({
        kind: fc.constant('item' as const),
        id: fc.constantFrom('a', 'b', 'c'),
        title: fc.string({ minLength: 3, maxLength: 20 }),
        order: fc.nat(5),
      }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom('a', 'b', 'c') }),
      fc.record({ kind: fc.constant('type' as const), words: fc.string({ minLength: 1, maxLength: 12 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), action), { maxLength: 25 }),
        fc.array(fc.nat(), { maxLength: 80 }),
        (steps, order) => {
          const seed = new Y.Doc();
          const coordinator: Author = { name: 'Koordinator', region: '33.72', role: 'coordinator' };
          createCommitment(
            seed,
            { title: 'Komitmen', event: { title: '', date: null, venue: '' } },
            minuteCtx(coordinator, 0),
          );
          const replicas = replicate(
            seed,
            (docs) => {
              steps.forEach(([index, step], minute) => {
                const ydoc = docs[index] as Y.Doc;
                const ctx = minuteCtx(authors[index] as Author, minute + 1);
                if (step.kind === 'item') {
                  setCommitmentItem(
                    ydoc,
                    step.id,
                    {
                      pillarId: 'economy',
                      title: step.title.padEnd(3, '.'),
                      lead: [authors[index]?.region ?? '33.10'],
                      supporting: [],
                      followUps: [],
                      order: step.order,
                    },
                    ctx,
                  );
                } else if (step.kind === 'remove') {
                  removeCommitmentItem(ydoc, step.id, ctx);
                } else {
                  const fragment = ydoc.getXmlFragment(COMMITMENT_TEXT);
                  const paragraph = new Y.XmlElement('paragraph');
                  paragraph.insert(0, [new Y.XmlText(step.words)]);
                  fragment.insert(Math.min(fragment.length, minute % 3), [paragraph]);
                }
              });
            },
            order,
          );
          const problems: ReadProblem[] = [];
          const reads = replicas.map((r) => readCommitment(r, 'c', (p) => problems.push(p)));
          expect(problems).toEqual([]);
          expect(reads[1]).toEqual(reads[0]);
          expect(reads[2]).toEqual(reads[0]);
          expect(new Set(replicas.map(commitmentHash)).size).toBe(1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('property: a region’s editors changing one plan on three devices converge, and every read validates', () => {
    const region = '33.10';
    const editors: Author[] = ['Diskominfo', 'Bappeda', 'Dinkes'].map((office) => ({
      name: `${office} Klaten`,
      region,
      role: 'regionEditor',
    }));
    const action = fc.oneof(
      fc.record({
        kind: fc.constant('milestone' as const),
        id: fc.constantFrom('m1', 'm2', 'm3'),
        status: fc.constantFrom('belum', 'berjalan', 'selesai', 'tertunda'),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.record({ kind: fc.constant('stage' as const), to: fc.constantFrom(...REPLICATION_STAGES) }),
      fc.record({ kind: fc.constant('risks' as const), text: fc.string({ maxLength: 30 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), action), { maxLength: 25 }),
        fc.array(fc.nat(), { maxLength: 80 }),
        (steps, order) => {
          const seed = new Y.Doc();
          createReplicationPlan(
            seed,
            region,
            'airku',
            {
              source: { regionCode: '34.01', innovationId: 'airku', innovationName: 'AirKu' },
              facilitator: '',
              adaptation: 'utuh',
              budget: { amount: null, source: '' },
              rpjmdReference: '',
              risks: '',
              supportRequested: '',
              letterOfIntent: { number: '1/2026', date: '2026-01-01', link: '' },
              agreement: null,
            },
            minuteCtx(editors[0] as Author, 0),
          );
          const replicas = replicate(
            seed,
            (docs) => {
              steps.forEach(([index, step], minute) => {
                const ydoc = docs[index] as Y.Doc;
                const ctx = minuteCtx(editors[index] as Author, minute + 1);
                if (step.kind === 'milestone') {
                  setMilestone(
                    ydoc,
                    region,
                    'airku',
                    step.id,
                    {
                      title: `Tonggak ${step.id}`,
                      stage: 'persiapan',
                      ownerOpd: 'Bappeda',
                      dueDate: `2026-02-${String(step.day).padStart(2, '0')}`,
                      status: step.status,
                      notes: '',
                    },
                    ctx,
                  );
                } else if (step.kind === 'stage') {
                  moveReplicationStage(ydoc, region, 'airku', step.to, ctx);
                } else {
                  updateReplicationPlan(ydoc, region, 'airku', { risks: step.text }, ctx);
                }
              });
            },
            order,
          );
          const problems: ReadProblem[] = [];
          const reads = replicas.map((r) => readReplicationPlans(r, 'r', region, (p) => problems.push(p)));
          expect(problems).toEqual([]);
          expect(reads[1]).toEqual(reads[0]);
          expect(reads[2]).toEqual(reads[0]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
