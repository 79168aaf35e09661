/**
 * A small area for the area-view tests, built through the model's own commands: Kulon Progo's AirKu
 * replicated by three regions (one plan stopped), Klaten's SiPandu by Sleman, and a plan whose
 * innovation was deleted. Today is fixed at 2026-06-15.
 */
import * as Y from 'yjs';
import type { CatalogEntry, CatalogSnapshot } from '../../renderer/src/data/catalog-store.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import { createInnovation, type InnovationFields, readInnovations } from '../../shared/model/innovation.js';
import {
  createReplicationPlan,
  type MilestoneFields,
  moveReplicationStage,
  type PlanFields,
  type ReplicationPlan,
  readReplicationPlans,
  setMilestone,
  updateReplicationPlan,
} from '../../shared/model/replication-plan.js';
import {
  type PlanRef,
  type ReplicationSupport,
  readReplicationSupport,
  setReplicationSupport,
} from '../../shared/model/replication-support.js';
import type { CommandResult } from '../../shared/model/result.js';

export const TODAY = '2026-06-15';
export const KLATEN = '33.10';
export const KULON_PROGO = '34.01';
export const MAGELANG = '33.08';
export const SLEMAN = '34.04';
export const BANTUL = '34.02';

const editor = (region: string): Author => ({ name: `Diskominfo ${region}`, region, role: 'regionEditor' });
const at = (region: string, iso: string): CommandContext => ({
  author: editor(region),
  now: () => new Date(`${iso}T09:00:00Z`),
});

function expectOk<T>(result: CommandResult<T>, what: string): void {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.error)}`);
}

const innovation = (name: string, dimensions: string[]): InnovationFields => ({
  name,
  opd: 'Dinas Komunikasi dan Informatika',
  initiatorKind: 'perangkatDaerah',
  initiatorName: 'Diskominfo',
  stage: 'penerapan',
  digital: true,
  form: 'pelayananPublik',
  urusan: 'komunikasi dan informatika',
  urusanIrisan: [],
  dimensions,
  tags: [],
  trialDate: '2024-01-10',
  implementationDate: '2024-06-01',
  summary: 'Ringkasan inovasi untuk pengujian.',
  design: 'Rancang bangun.',
  goal: 'Tujuan.',
  benefit: 'Manfaat.',
  results: 'Hasil.',
  figures: [],
  budget: { amount: null, source: '' },
  contacts: [],
  links: [],
  status: 'berlanjut',
});

const planFields = (regionCode: string, innovationId: string, innovationName: string): PlanFields => ({
  source: { regionCode, innovationId, innovationName },
  facilitator: '',
  adaptation: 'utuh',
  budget: { amount: null, source: '' },
  rpjmdReference: '',
  risks: '',
  supportRequested: '',
  letterOfIntent: { number: '500/1/2026', date: '2026-01-05', link: '' },
  agreement: null,
  status: 'aktif',
  evaluation: [],
});

const milestone = (
  title: string,
  stage: MilestoneFields['stage'],
  dueDate: string,
  status: MilestoneFields['status'],
): MilestoneFields => ({ title, stage, ownerOpd: 'Diskominfo', dueDate, status, notes: '' });

export interface Fixture {
  docs: Map<string, Y.Doc>;
  snapshot: Pick<CatalogSnapshot, 'byKey' | 'plans' | 'support'>;
  plans: ReplicationPlan[];
}

/** Reads the documents as the catalog store does. */
export function snapshotOf(docs: ReadonlyMap<string, Y.Doc>): Fixture['snapshot'] {
  const fail = (problem: unknown) => {
    throw new Error(`fixture has invalid data: ${JSON.stringify(problem)}`);
  };
  const byKey = new Map<string, CatalogEntry>();
  const plans = new Map<string, ReplicationPlan[]>();
  const support = new Map<string, Map<string, ReplicationSupport>>();
  for (const [code, doc] of docs) {
    for (const found of readInnovations(doc, code, code, fail))
      byKey.set(`${code}/${found.id}`, { key: `${code}/${found.id}`, innovation: found, regionName: code });
    plans.set(code, readReplicationPlans(doc, code, code, fail));
    support.set(code, readReplicationSupport(doc, code, code, fail));
  }
  return { byKey, plans, support };
}

export function buildFixture(): Fixture {
  const docs = new Map([KLATEN, KULON_PROGO, MAGELANG, SLEMAN, BANTUL].map((code) => [code, new Y.Doc()]));
  const doc = (code: string) => {
    const found = docs.get(code);
    if (!found) throw new Error(code);
    return found;
  };
  expectOk(
    createInnovation(
      doc(KULON_PROGO),
      KULON_PROGO,
      'airku',
      innovation('AirKu', ['economy', 'branding']),
      at(KULON_PROGO, '2025-01-01'),
    ),
    'airku',
  );
  expectOk(
    createInnovation(
      doc(KLATEN),
      KLATEN,
      'sipandu',
      innovation('SiPandu', ['governance']),
      at(KLATEN, '2025-01-01'),
    ),
    'sipandu',
  );

  // Klaten → AirKu: persiapan, one milestone done, one late, one ahead.
  expectOk(
    createReplicationPlan(
      doc(KLATEN),
      KLATEN,
      'p-klaten-airku',
      planFields(KULON_PROGO, 'airku', 'AirKu'),
      at(KLATEN, '2026-01-01'),
    ),
    'plan klaten',
  );
  for (const [id, fields] of [
    ['m1', milestone('Kajian kesesuaian', 'persiapan', '2026-03-01', 'selesai')],
    ['m2', milestone('SK tim replikasi', 'persiapan', '2026-05-01', 'berjalan')],
    ['m3', milestone('Uji coba layanan', 'replikasi', '2026-09-01', 'belum')],
  ] as const)
    expectOk(setMilestone(doc(KLATEN), KLATEN, 'p-klaten-airku', id, fields, at(KLATEN, '2026-01-02')), id);

  // Magelang → AirKu: rencana & pengembangan, no milestones.
  expectOk(
    createReplicationPlan(
      doc(MAGELANG),
      MAGELANG,
      'p-magelang-airku',
      planFields(KULON_PROGO, 'airku', 'AirKu'),
      at(MAGELANG, '2026-02-01'),
    ),
    'plan magelang',
  );
  expectOk(
    moveReplicationStage(
      doc(MAGELANG),
      MAGELANG,
      'p-magelang-airku',
      'rencanaPengembangan',
      at(MAGELANG, '2026-02-02'),
    ),
    'stage magelang',
  );

  // Sleman → AirKu: stopped.
  expectOk(
    createReplicationPlan(
      doc(SLEMAN),
      SLEMAN,
      'p-sleman-airku',
      planFields(KULON_PROGO, 'airku', 'AirKu'),
      at(SLEMAN, '2026-02-10'),
    ),
    'plan sleman airku',
  );
  expectOk(
    updateReplicationPlan(
      doc(SLEMAN),
      SLEMAN,
      'p-sleman-airku',
      { status: 'dibatalkan' },
      at(SLEMAN, '2026-03-01'),
    ),
    'stop',
  );

  // Sleman → SiPandu: finished after evaluation.
  expectOk(
    createReplicationPlan(
      doc(SLEMAN),
      SLEMAN,
      'p-sleman-sipandu',
      planFields(KLATEN, 'sipandu', 'SiPandu'),
      at(SLEMAN, '2026-01-15'),
    ),
    'plan sleman sipandu',
  );
  for (const stage of ['rencanaPengembangan', 'replikasi', 'evaluasi'] as const)
    expectOk(
      moveReplicationStage(doc(SLEMAN), SLEMAN, 'p-sleman-sipandu', stage, at(SLEMAN, '2026-02-01')),
      stage,
    );
  expectOk(
    setMilestone(
      doc(SLEMAN),
      SLEMAN,
      'p-sleman-sipandu',
      'e1',
      milestone('Evaluasi dampak', 'evaluasi', '2026-04-01', 'belum'),
      at(SLEMAN, '2026-02-01'),
    ),
    'e1',
  );
  expectOk(
    updateReplicationPlan(
      doc(SLEMAN),
      SLEMAN,
      'p-sleman-sipandu',
      { status: 'selesai' },
      at(SLEMAN, '2026-04-02'),
    ),
    'finish',
  );

  // Bantul → an innovation of Kulon Progo that is no longer in the catalog.
  expectOk(
    createReplicationPlan(
      doc(BANTUL),
      BANTUL,
      'p-bantul-lama',
      planFields(KULON_PROGO, 'lama', 'Inovasi Lama'),
      at(BANTUL, '2026-03-01'),
    ),
    'plan bantul',
  );

  // Kulon Progo confirms Klaten's plan and declines Sleman's.
  const ref = (adopterCode: string, planId: string): PlanRef => ({
    adopterCode,
    planId,
    sourceCode: KULON_PROGO,
    innovationId: 'airku',
  });
  expectOk(
    setReplicationSupport(
      doc(KULON_PROGO),
      KULON_PROGO,
      ref(KLATEN, 'p-klaten-airku'),
      { confirmed: true, message: '' },
      at(KULON_PROGO, '2026-01-10'),
    ),
    'support klaten',
  );
  expectOk(
    setReplicationSupport(
      doc(KULON_PROGO),
      KULON_PROGO,
      ref(SLEMAN, 'p-sleman-airku'),
      { confirmed: false, message: '' },
      at(KULON_PROGO, '2026-02-20'),
    ),
    'support sleman',
  );

  const snapshot = snapshotOf(docs);
  return { docs, snapshot, plans: [...snapshot.plans.values()].flat() };
}
