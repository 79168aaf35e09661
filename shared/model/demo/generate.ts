/**
 * Deterministic demo and scale data: an area document plus one document per member region, filled
 * through the model's own commands (so every value passes the same validation as a person's input).
 * The same size and seed always give byte-identical documents, which the tests and benchmarks rely on.
 */
import * as Y from 'yjs';
import { displayName, provinceByCode, type Regency, regencies, regencyByCode } from '../../regions/index.js';
import { createArea, registerCommitment, registerFgd } from '../area.js';
import type { Author, CommandContext } from '../identity.js';
import { createInnovation, type InnovationFields } from '../innovation.js';
import { type AreaPreset, DEFAULT_PILLARS, KSPN_BOROBUDUR } from '../presets.js';
import type { CommandResult } from '../result.js';
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

export type DatasetSize = 'demo' | 'area' | 'national';

/** Innovation totals per size; the area sizes use KSPN Borobudur, the national one all 514 regions. */
export const DATASET_INNOVATIONS: Readonly<Record<DatasetSize, number>> = {
  demo: 150,
  area: 3000,
  national: 40_000,
};

export interface GeneratedArea {
  preset: AreaPreset;
  areaDocName: string;
  area: Y.Doc;
  /** Region code → its document (`<area>/region/<code>`), in signing order. */
  regions: Map<string, Y.Doc>;
}

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
      { id: 'komitmen-bersama', title: `Komitmen Bersama Pengembangan Smart City ${preset.name}` },
      asCoordinator(),
    ),
    'registerCommitment',
  );
  for (const [id, title, date] of [
    ['fgd-1', 'FGD Penyusunan Masterplan Smart City', '2025-02-18'],
    ['fgd-2', 'FGD Replikasi Inovasi Antar-Daerah', '2025-05-27'],
  ] as const) {
    expectOk(registerFgd(area, { id, title, date }, asCoordinator()), 'registerFgd');
  }

  const pillarIds = preset.pillars.map((pillar) => pillar.id);
  const counts = spread(DATASET_INNOVATIONS[size], preset.members.length, rng);
  const regions = new Map<string, Y.Doc>();
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
    }
    regions.set(code, doc);
  }
  return { preset, areaDocName: areaDocName(preset.id), area, regions };
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
