/**
 * Deterministic demo and scale data: an area document plus one document per member region, filled
 * through the model's own commands (so every value passes the same validation as a person's input).
 * The same size and seed always give byte-identical documents, which the tests and benchmarks rely on.
 */
import * as Y from 'yjs';
import { displayName, provinceByCode, type Regency, regencies, regencyByCode } from '../../regions/index.js';
import { createArea, registerCommitment, registerFgd } from '../area.js';
import {
  COMMITMENT_TEXT,
  createCommitment,
  setCommitmentItem,
  setCommitmentStatus,
  signCommitment,
} from '../commitment.js';
import {
  addCard,
  castVotes,
  createSession,
  readOwnVotes,
  recordAttendance,
  revealStep,
  setDecision,
  setStep,
  startStep,
} from '../fgd.js';
import type { Author, CommandContext } from '../identity.js';
import { createInnovation, type InnovationFields } from '../innovation.js';
import { type AreaPreset, DEFAULT_PILLARS, KSPN_BOROBUDUR } from '../presets.js';
import {
  createReplicationPlan,
  moveReplicationStage,
  planNotesName,
  readReplicationPlans,
  setMilestone,
  updateReplicationPlan,
} from '../replication-plan.js';
import { addPlanComment, setReplicationSupport } from '../replication-support.js';
import type { CommandResult } from '../result.js';
import { addMasterPlans } from './master-plans.js';
import { createRng, hashString, type Rng } from './prng.js';
import {
  BUDGET_SOURCES,
  COMMUNITIES,
  DESIGN_STEPS,
  FIRST_NAMES,
  LAST_NAMES,
  NAME_SUFFIXES,
  PHONE_PREFIXES,
  THEMES,
  type Theme,
} from './vocabulary.js';

export type DatasetSize = 'demo' | 'area' | 'large' | 'national';

/**
 * Innovation totals per size; the area sizes use KSPN Borobudur, the national one all 514 regions.
 * 'large' is a busy area five times the expected one, to see how the catalog screen degrades.
 */
export const DATASET_INNOVATIONS: Readonly<Record<DatasetSize, number>> = {
  demo: 150,
  area: 3000,
  large: 15_000,
  national: 40_000,
};

export interface GeneratedArea {
  preset: AreaPreset;
  areaDocName: string;
  area: Y.Doc;
  /** Region code → its document (`<area>/region/<code>`), in signing order. */
  regions: Map<string, Y.Doc>;
  /** `<area>/commitment/komitmen-bersama`: final, signed by most regions (their region docs hold the signatures). */
  commitment: Y.Doc;
  commitmentId: string;
  /** `<area>/fgd/fgd-2`: a replication FGD with cards, votes and decisions. */
  fgd: Y.Doc;
  fgdId: string;
  /** Every session the area lists (the one above included), by id. */
  fgds: ReadonlyMap<string, Y.Doc>;
}

const DEMO_COMMITMENT_ID = 'komitmen-bersama';
const DEMO_FGD_ID = 'fgd-2';
const MASTERPLAN_FGD_ID = 'fgd-1';
const DEMO_FGDS = [
  [MASTERPLAN_FGD_ID, 'FGD Penyusunan Masterplan Smart City', '2025-02-18'],
  [DEMO_FGD_ID, 'FGD Replikasi Inovasi Antar-Daerah', '2025-05-27'],
] as const;
export const areaDocName = (areaId: string): string => `${areaId}/area`;
export const regionDocName = (areaId: string, code: string): string => `${areaId}/region/${code}`;

/** Every regency and city of Indonesia as one area, grouped by province: the national scale set. */
export function nationalPreset(): AreaPreset {
  const byProvince = new Map<string, string[]>();
  for (const regency of regencies) {
    const codes = byProvince.get(regency.provinceCode) ?? [];
    codes.push(regency.code);
    byProvince.set(regency.provinceCode, codes);
  }
  return {
    id: 'nasional',
    name: 'Gerakan Menuju Smart City — Nasional',
    members: regencies.map((regency) => regency.code),
    groups: [...byProvince].map(([province, members]) => ({
      id: `prov-${province}`,
      name: provinceByCode(province)?.name ?? `Provinsi ${province}`,
      members,
    })),
    pillars: DEFAULT_PILLARS,
  };
}

/** Fills an area at the given size. Throws only if the model refuses generated input (a bug here). */
export function generateArea(size: DatasetSize, seed = 1): GeneratedArea {
  const preset = size === 'national' ? nationalPreset() : KSPN_BOROBUDUR;
  const rng = createRng(hashString(`${size}:${seed}`));
  // One clock for the whole set: every command is stamped a few minutes after the previous one.
  let clock = Date.UTC(2025, 0, 6, 1, 0, 0);
  const tick = (): (() => Date) => {
    clock += rng.int(1, 20) * 60_000;
    const at = new Date(clock);
    return () => at;
  };

  const area = newDoc(seed, 0);
  const firstMember = preset.members[0] ?? null;
  const coordinator: Author = {
    name: `Sekretariat ${preset.name}`.slice(0, 120),
    region: firstMember,
    role: 'coordinator',
  };
  const asCoordinator = (): CommandContext => ({ author: coordinator, now: tick() });
  expectOk(createArea(area, preset, asCoordinator()), 'createArea');
  expectOk(
    registerCommitment(
      area,
      { id: DEMO_COMMITMENT_ID, title: `Komitmen Bersama Pengembangan Smart City ${preset.name}` },
      asCoordinator(),
    ),
    'registerCommitment',
  );
  // The demo holds a document for each listed session (an entry without one would open as "not found").
  for (const [id, title, date] of DEMO_FGDS) {
    expectOk(registerFgd(area, { id, title, date }, asCoordinator()), 'registerFgd');
  }

  const pillarIds = preset.pillars.map((pillar) => pillar.id);
  const counts = spread(DATASET_INNOVATIONS[size], preset.members.length, rng);
  const regions = new Map<string, Y.Doc>();
  const editors = new Map<string, Author>();
  const catalog: CatalogEntry[] = [];
  for (const [index, code] of preset.members.entries()) {
    const regency = regencyByCode(code);
    if (!regency) throw new Error(`preset ${preset.id} has unknown region ${code}`);
    const doc = newDoc(seed, index + 1);
    // Per-region stream, so a region's content (not its timestamps, which share one clock) does not
    // depend on how many regions came before it.
    const local = createRng(hashString(`${size}:${seed}:${code}`));
    const editor: Author = {
      name: `${person(local)} (Diskominfo ${displayName(regency)})`,
      region: code,
      role: 'regionEditor',
    };
    for (let n = 0; n < (counts[index] ?? 0); n++) {
      const theme = local.pick(THEMES);
      const fields = innovationFields(theme, regency, pillarIds, local);
      const id = `${theme.key}-${n.toString(36)}`;
      expectOk(
        createInnovation(doc, code, id, fields, { author: editor, now: tick() }),
        `createInnovation ${id}`,
      );
      catalog.push({ regionCode: code, innovationId: id, innovationName: fields.name });
    }
    regions.set(code, doc);
    editors.set(code, editor);
  }
  addReplicationPlans(regions, editors, catalog, rng, tick);
  addReplicationFollowUp(regions, editors, tick);
  const commitment = newDoc(seed, preset.members.length + 1);
  signCommitmentDoc(commitment, preset, regions, editors, coordinator, rng, tick);
  const fgd = newDoc(seed, preset.members.length + 2);
  runFgd(fgd, catalog, preset, rng, tick);
  // Last and without the random source, so everything generated before stays as it was.
  const masterplanFgd = newDoc(seed, preset.members.length + 3);
  runMasterplanFgd(masterplanFgd);
  addMasterPlans(regions, editors, preset.id);
  return {
    preset,
    areaDocName: areaDocName(preset.id),
    area,
    regions,
    commitment,
    commitmentId: DEMO_COMMITMENT_ID,
    fgd,
    fgdId: DEMO_FGD_ID,
    fgds: new Map([
      [MASTERPLAN_FGD_ID, masterplanFgd],
      [DEMO_FGD_ID, fgd],
    ]),
  };
}

type Clock = () => () => Date;
type CatalogEntry = { regionCode: string; innovationId: string; innovationName: string };

/** Each region plans to replicate up to two innovations of other regions, at varied stages. */
function addReplicationPlans(
  regions: Map<string, Y.Doc>,
  editors: Map<string, Author>,
  catalog: CatalogEntry[],
  rng: Rng,
  tick: Clock,
): void {
  const stages = ['persiapan', 'rencanaPengembangan', 'replikasi', 'evaluasi'] as const;
  for (const [code, doc] of regions) {
    const editor = editors.get(code);
    if (!editor) continue;
    const regency = regencyByCode(code);
    for (let n = rng.int(0, 2); n > 0; n--) {
      const source = rng.pick(catalog);
      if (source.regionCode === code) continue;
      const id = `replikasi-${source.regionCode.replace('.', '')}-${source.innovationId}`.slice(0, 63);
      if (doc.getMap('replicationPlans').has(id)) continue;
      const target = rng.int(0, 3);
      const letter = target >= 2 || rng.int(0, 1) === 1;
      const ctx = (): CommandContext => ({ author: editor, now: tick() });
      expectOk(
        createReplicationPlan(
          doc,
          code,
          id,
          {
            source,
            facilitator: rng.int(0, 1) === 1 ? 'Tenaga Ahli Smart City Kominfo' : '',
            adaptation: rng.int(0, 2) === 0 ? 'utuh' : 'sebagian',
            budget: {
              amount: rng.int(5, 60) * 10_000_000,
              source: rng.pick(['APBD', 'APBD', 'CSR', 'APBN']),
            },
            rpjmdReference: `RPJMD ${regency ? displayName(regency) : code} 2021–2026`,
            risks: 'Kesiapan SDM pelaksana dan keberlanjutan anggaran.',
            supportRequested: 'Pendampingan teknis dan berbagi dokumen SOP dari daerah asal.',
            letterOfIntent: letter
              ? { number: `500/${rng.int(100, 999)}/Diskominfo/2025`, date: '2025-03-03', link: '' }
              : null,
            agreement: null,
          },
          ctx(),
        ),
        `createReplicationPlan ${id}`,
      );
      for (let stage = 1; stage <= target; stage++) {
        const to = stages[stage];
        if (to) expectOk(moveReplicationStage(doc, code, id, to, ctx()), `moveReplicationStage ${id}`);
      }
      for (const [m, title] of ['Kajian kesesuaian', 'SK tim replikasi', 'Uji coba layanan'].entries()) {
        const status = m < target ? 'selesai' : m === target ? 'berjalan' : 'belum';
        const milestone = {
          title,
          stage: stages[Math.min(m, 3)] ?? 'persiapan',
          ownerOpd: 'Dinas Komunikasi dan Informatika',
          dueDate: `2025-${String(3 + m * 2).padStart(2, '0')}-15`,
          status,
          notes: '',
        };
        expectOk(setMilestone(doc, code, id, `tonggak-${m + 1}`, milestone, ctx()), `setMilestone ${id}`);
      }
    }
  }
}

/**
 * What happens around the plans: the source regions answer (support, a reply), plans past persiapan
 * carry notes, and evaluated ones their before/after figures. Decided by each plan's position, not by
 * the random stream, so the rest of the demo stays what it was.
 */
function addReplicationFollowUp(
  regions: Map<string, Y.Doc>,
  editors: Map<string, Author>,
  tick: Clock,
): void {
  let n = 0;
  for (const [code, doc] of regions) {
    const adopter = editors.get(code);
    if (!adopter) continue;
    const plans = readReplicationPlans(doc, code, code, (problem) => {
      throw new Error(`demo plan invalid: ${problem.key} ${problem.problem}`);
    });
    for (const plan of plans) {
      n++;
      const ref = {
        adopterCode: code,
        planId: plan.id,
        sourceCode: plan.source.regionCode,
        innovationId: plan.source.innovationId,
      };
      const sourceDoc = regions.get(ref.sourceCode);
      const sourceEditor = editors.get(ref.sourceCode);
      const asAdopter = (): CommandContext => ({ author: adopter, now: tick() });
      expectOk(
        addPlanComment(
          doc,
          code,
          ref,
          'minta-sop',
          `Kami berencana mereplikasi ${plan.source.innovationName}. Mohon berbagi SOP dan dokumen teknisnya.`,
          asAdopter(),
        ),
        `comment ${plan.id}`,
      );
      if (sourceDoc && sourceEditor && (plan.stage !== 'persiapan' || n % 2 === 0)) {
        const asSource = (): CommandContext => ({ author: sourceEditor, now: tick() });
        const message = 'Kami siap mendampingi, termasuk kunjungan lapangan dan berbagi SOP.';
        expectOk(
          setReplicationSupport(sourceDoc, ref.sourceCode, ref, { confirmed: true, message }, asSource()),
          `support ${plan.id}`,
        );
        expectOk(
          addPlanComment(
            sourceDoc,
            ref.sourceCode,
            ref,
            'balas-sop',
            'SOP dan petunjuk teknis sudah kami kirim melalui surel dinas.',
            asSource(),
          ),
          `reply ${plan.id}`,
        );
      }
      if (plan.stage !== 'persiapan') {
        doc.transact(() => {
          const notes = doc.getXmlFragment(planNotesName(plan.id));
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [
            new Y.XmlText(
              `Rapat tim replikasi menyepakati penyesuaian ${plan.source.innovationName} dengan layanan yang sudah berjalan.`,
            ),
          ]);
          notes.insert(0, [paragraph]);
        }, asAdopter());
      }
      if (plan.stage === 'evaluasi') {
        const evaluation = [
          { id: 'waktu-layanan', indicator: 'Waktu layanan', unit: 'hari', before: 14, after: 4, note: '' },
          {
            id: 'pengguna',
            indicator: 'Pengguna layanan per bulan',
            unit: 'orang',
            before: 320,
            after: 910,
            note: 'Rata-rata tiga bulan setelah penerapan.',
          },
        ];
        expectOk(
          updateReplicationPlan(doc, code, plan.id, { evaluation }, asAdopter()),
          `evaluation ${plan.id}`,
        );
      }
    }
  }
}

/** The joint commitment: text and items per pillar, finalised, signed by about four in five regions. */
function signCommitmentDoc(
  doc: Y.Doc,
  preset: AreaPreset,
  regions: Map<string, Y.Doc>,
  editors: Map<string, Author>,
  coordinator: Author,
  rng: Rng,
  tick: Clock,
): void {
  const asCoordinator = (): CommandContext => ({ author: coordinator, now: tick() });
  const event = { title: `FGD Smart City ${preset.name}`, date: '2025-02-18', venue: 'Surakarta' };
  expectOk(
    createCommitment(
      doc,
      { title: `Komitmen Bersama Pengembangan Smart City ${preset.name}`, event },
      asCoordinator(),
    ),
    'createCommitment',
  );
  const fragment = doc.getXmlFragment(COMMITMENT_TEXT);
  const paragraph = (words: string) => {
    const element = new Y.XmlElement('paragraph');
    element.insert(0, [new Y.XmlText(words)]);
    fragment.insert(fragment.length, [element]);
  };
  doc.transact(() => {
    paragraph(
      `Kami, kepala daerah kabupaten dan kota di kawasan ${preset.name}, bersepakat membangun kota cerdas bersama.`,
    );
    for (const pillar of preset.pillars)
      paragraph(`${pillar.name}: kami menyusun program bersama dan saling mereplikasi inovasi.`);
  }, asCoordinator());
  for (const [order, pillar] of preset.pillars.entries()) {
    const lead = rng.pick(preset.members);
    const supporting = preset.members.filter((code) => code !== lead && rng.int(0, 4) === 0).slice(0, 6);
    const item = {
      pillarId: pillar.id,
      title: `Program bersama ${pillar.name}`,
      lead: [lead],
      supporting,
      followUps: ['Rapat koordinasi triwulanan'],
      order,
    };
    expectOk(setCommitmentItem(doc, `butir-${pillar.id}`, item, asCoordinator()), 'setCommitmentItem');
  }
  expectOk(setCommitmentStatus(doc, 'review', asCoordinator()), 'review');
  expectOk(setCommitmentStatus(doc, 'final', asCoordinator()), 'final');
  for (const [code, regionDoc] of regions) {
    const editor = editors.get(code);
    if (!editor || rng.int(0, 4) === 0) continue;
    const signer = {
      official: `${person(rng)}, S.Kom., M.Si.`,
      position: 'Kepala Dinas Komunikasi dan Informatika',
    };
    expectOk(
      signCommitment(regionDoc, code, DEMO_COMMITMENT_ID, doc, signer, { author: editor, now: tick() }),
      `sign ${code}`,
    );
  }
}

/** A replication FGD: ideas per pillar, a dot vote, and two decisions. */
/** An earlier, finished session: its agenda and what it decided (no cards: it predates the app). */
function runMasterplanFgd(doc: Y.Doc): void {
  const facilitator: Author = { name: 'Tenaga Ahli Smart City', region: null, role: 'facilitator' };
  let minute = 0;
  const f = (): CommandContext => {
    const at = new Date(Date.UTC(2025, 1, 18, 2, minute));
    minute += 5;
    return { author: facilitator, now: () => at };
  };
  expectOk(
    createSession(
      doc,
      {
        title: 'FGD Penyusunan Masterplan Smart City',
        date: '2025-02-18',
        venue: 'Kota Surakarta',
        facilitators: [facilitator.name],
      },
      f(),
    ),
    'createSession',
  );
  const step = { minutes: 30, hideUntilReveal: false, anonymous: false, voteBudget: 3, onePerCard: false };
  const agenda = [
    ['tujuan', 'Tujuan dan tahapan bimtek masterplan', 'Fasilitator memaparkan empat tahap bimtek.'],
    ['kesiapan', 'Kesiapan daerah', 'Tiap daerah menyampaikan struktur, infrastruktur dan suprastruktur.'],
    ['tindak-lanjut', 'Tindak lanjut', 'Menyepakati jadwal penyerahan dokumen tahap 1.'],
  ] as const;
  agenda.forEach(([id, title, instruction], order) => {
    expectOk(setStep(doc, id, { ...step, title, instruction, allow: 'nothing', order }, f()), 'setStep');
  });
  expectOk(startStep(doc, 'tindak-lanjut', f()), 'startStep');
  expectOk(
    setDecision(
      doc,
      'jadwal-tahap-1',
      {
        kind: 'action',
        text: 'Setiap daerah menyerahkan dokumen Analisis Strategis (tahap 1) kepada tenaga ahli.',
        owner: 'Diskominfo setiap daerah',
        dueDate: '2025-03-31',
        linked: null,
      },
      f(),
    ),
    'setDecision',
  );
}

function runFgd(doc: Y.Doc, catalog: CatalogEntry[], preset: AreaPreset, rng: Rng, tick: Clock): void {
  const facilitator: Author = { name: 'Tenaga Ahli Smart City', region: null, role: 'facilitator' };
  const f = (): CommandContext => ({ author: facilitator, now: tick() });
  expectOk(
    createSession(
      doc,
      {
        title: 'FGD Replikasi Inovasi Antar-Daerah',
        date: '2025-05-27',
        venue: 'Hotel di Kota Magelang',
        facilitators: [facilitator.name],
      },
      f(),
    ),
    'createSession',
  );
  const step = {
    instruction: '',
    minutes: 15,
    hideUntilReveal: true,
    anonymous: false,
    voteBudget: 3,
    onePerCard: false,
  };
  expectOk(
    setStep(
      doc,
      'gagasan',
      { ...step, title: 'Inovasi yang ingin direplikasi', allow: 'cards', order: 0 },
      f(),
    ),
    'setStep',
  );
  expectOk(setStep(doc, 'suara', { ...step, title: 'Prioritas', allow: 'votes', order: 1 }, f()), 'setStep');
  expectOk(startStep(doc, 'gagasan', f()), 'startStep');
  const people = preset.members
    .slice(0, 10)
    .map((code, i) => ({ id: `peserta-${i + 1}`, name: person(rng), region: code }));
  const cardIds: string[] = [];
  for (const [i, participant] of people.entries()) {
    const source = rng.pick(catalog);
    const id = `kartu-${i + 1}`;
    expectOk(
      addCard(
        doc,
        participant,
        id,
        { pillarId: rng.pick(preset.pillars).id, text: `Replikasi ${source.innovationName}` },
        f(),
      ),
      'addCard',
    );
    expectOk(recordAttendance(doc, participant, 'join', f()), 'attendance');
    cardIds.push(id);
  }
  expectOk(revealStep(doc, 'gagasan', f()), 'reveal');
  expectOk(startStep(doc, 'suara', f()), 'startStep');
  for (const participant of people) {
    for (let v = 0; v < 3; v++) {
      const card = rng.pick(cardIds);
      const current = readOwnVotes(doc, 'suara', participant.id)[card] ?? 0;
      expectOk(castVotes(doc, participant, card, current + 1, f()), 'castVotes');
    }
  }
  expectOk(revealStep(doc, 'suara', f()), 'reveal');
  expectOk(
    setDecision(
      doc,
      'keputusan-1',
      {
        kind: 'decision',
        text: 'Tiga inovasi teratas menjadi prioritas replikasi kawasan.',
        owner: 'Sekretariat kawasan',
        dueDate: null,
        linked: null,
      },
      f(),
    ),
    'decision',
  );
  expectOk(
    setDecision(
      doc,
      'tindak-1',
      {
        kind: 'action',
        text: 'Daerah asal mengirim SOP kepada daerah replikator.',
        owner: 'Diskominfo daerah asal',
        dueDate: '2025-06-30',
        linked: null,
      },
      f(),
    ),
    'action',
  );
}

/** Y.Doc with a client id fixed by seed and position: random ids would make encodings differ per run. */
function newDoc(seed: number, index: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = (hashString(`client:${seed}`) + index * 7919) >>> 0;
  return doc;
}

function expectOk(result: CommandResult<unknown>, what: string): void {
  if (!result.ok) throw new Error(`demo data: ${what} refused: ${JSON.stringify(result.error)}`);
}

/** Splits `total` over `parts` with uneven, seeded weights (some regions are far more active), summing exactly. */
function spread(total: number, parts: number, rng: Rng): number[] {
  const weights = Array.from({ length: parts }, () => 0.3 + rng.next() * 1.4);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((weight) => Math.floor((weight / sum) * total));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % parts, left--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

/** Second-level domain in the style of real ones: kulonprogokab.go.id, magelangkota.go.id. */
function domainOf(regency: Regency): string {
  const slug = regency.shortName.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${slug}${regency.kind === 'kota' ? 'kota' : 'kab'}.go.id`;
}

function person(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

/** A round figure of the right magnitude: 1,234 → 1,230; 7.42 → 7.4. */
function round(value: number): number {
  if (value >= 100) return Math.round(value / 10) * 10;
  if (value >= 10) return Math.round(value);
  return Math.round(value * 10) / 10;
}

function innovationFields(theme: Theme, regency: Regency, pillarIds: string[], rng: Rng): InnovationFields {
  const region = regency.shortName;
  const name = `${rng.pick(theme.names).replace('{r}', region)}${rng.pick(NAME_SUFFIXES)}`;
  const baseOpd = rng.pick(theme.opds);
  const opd = baseOpd.startsWith('Perumda') || baseOpd === 'RSUD' ? `${baseOpd} ${region}` : baseOpd;

  const initiatorKind = rng.pick(theme.initiators);
  const head = regency.kind === 'kota' ? `Wali Kota ${region}` : `Bupati ${region}`;
  const initiatorName = {
    kepalaDaerah: head,
    anggotaDprd: `${person(rng)}, Anggota DPRD ${displayName(regency)}`,
    perangkatDaerah: opd,
    asn: `${person(rng)}, ${opd}`,
    masyarakat: `${rng.pick(COMMUNITIES)} ${region}`,
  }[initiatorKind];

  const stageRoll = rng.next();
  const stage = stageRoll < 0.12 ? 'inisiatif' : stageRoll < 0.3 ? 'ujiCoba' : 'penerapan';
  const trialYear = rng.int(2015, 2024);
  const trialMonth = rng.int(1, 12);
  const trialDate = stage === 'inisiatif' ? null : isoDate(trialYear, trialMonth, rng.int(1, 28));
  // Months since year 0; implementation follows the trial by 3–18 months, capped at December 2025.
  const implMonth = Math.min(trialYear * 12 + trialMonth - 1 + rng.int(3, 18), 2025 * 12 + 11);
  const implDay = rng.int(1, 28);
  const implementationDate =
    stage === 'penerapan' ? isoDate(Math.floor(implMonth / 12), (implMonth % 12) + 1, implDay) : null;

  const own = theme.pillars.filter((id) => pillarIds.includes(id));
  const dimensions = own.length > 0 ? [...own] : [rng.pick(pillarIds)];
  if (rng.chance(0.2)) {
    const extra = rng.pick(pillarIds);
    if (!dimensions.includes(extra)) dimensions.push(extra);
  }

  const figures = theme.figures.map((figure) => {
    const before = round(figure.before[0] + rng.next() * (figure.before[1] - figure.before[0]));
    const factor = figure.factor[0] + rng.next() * (figure.factor[1] - figure.factor[0]);
    // Things that start from zero (new products, new members) get an absolute "after".
    const after = round(before === 0 ? figure.before[1] * factor : before * factor);
    return { label: figure.label, before, after, unit: figure.unit };
  });
  const results =
    stage === 'inisiatif'
      ? 'Belum ada hasil terukur; inovasi masih dalam tahap perancangan.'
      : figures.map((f) => `${f.label}: dari ${f.before} menjadi ${f.after} ${f.unit}.`).join(' ') +
        ` Capaian ini dilaporkan dalam evaluasi Indeks Inovasi Daerah ${rng.int(2020, 2025)}.`;

  const steps = rng.sample(DESIGN_STEPS, rng.int(3, 6));
  const design = [
    `${name} adalah ${theme.what}. ${theme.problem}`,
    `Pelaksanaan oleh ${opd.includes(region) ? opd : `${opd} ${displayName(regency)}`}:`,
    ...steps.map((step, i) => `${i + 1}. ${step}`),
  ].join('\n');

  const source = rng.pick(BUDGET_SOURCES);
  // Village funds are small; regional and central budgets range up to a few billion rupiah.
  const budgetAmount = rng.chance(0.1) ? null : rng.int(5, source === 'APBDes' ? 250 : 2500) * 1_000_000;
  const domain = domainOf(regency);
  const contactName = person(rng);
  const links = [{ label: 'Profil inovasi', url: `https://inovasi.${domain}/${theme.path}` }];
  if (theme.digital) links.push({ label: 'Aplikasi', url: `https://${theme.path}.${domain}/` });
  if (rng.chance(0.4)) {
    links.push({ label: 'Berita', url: `https://${domain}/berita/${theme.path}-${rng.int(100, 9999)}` });
  }

  return {
    name,
    opd,
    initiatorKind,
    initiatorName,
    stage,
    digital: theme.digital,
    form: theme.form,
    urusan: theme.urusan,
    urusanIrisan: rng.sample(theme.irisan, rng.int(0, theme.irisan.length)),
    dimensions,
    tags: rng.sample(theme.tags, rng.int(1, theme.tags.length)),
    trialDate,
    implementationDate,
    summary: `${name}: ${theme.what}.`,
    design,
    goal: theme.goal,
    benefit: theme.benefit,
    results,
    figures: stage === 'inisiatif' ? [] : figures,
    budget: { amount: budgetAmount, source },
    contacts: [
      {
        name: contactName,
        phone: `${rng.pick(PHONE_PREFIXES)}-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`,
        email: rng.chance(0.7) ? `inovasi@${domain}` : '',
      },
    ],
    links,
    status: rng.chance(0.85) ? 'berlanjut' : 'vakum',
  };
}
