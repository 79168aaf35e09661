/**
 * Demo master plans for ten member regions: stages at different points, a team, readiness scores,
 * programmes (some named alike across regions, so the area finds joint programmes) and quick wins with
 * impact figures. Everything follows from the region's position in the list, never from the random
 * source: the generator runs this last, so all data generated before stays byte-identical.
 */
import type * as Y from 'yjs';
import type { Author, CommandContext } from '../identity.js';
import { readInnovations } from '../innovation.js';
import {
  BIMTEK_STAGES,
  READINESS,
  type ReadinessElement,
  scoreReadiness,
  setBimtekStage,
  setProgramme,
  setQuickWin,
  setTeam,
} from '../master-plan.js';
import type { CommandResult } from '../result.js';

/** How many regions get a plan: every second member from the first, up to this many. */
const PLANNING_REGIONS = 10;

/** Programme names per dimension; neighbours in a list are alike on purpose (same aim, other words). */
const PROGRAMMES: readonly { pillarId: string; names: readonly string[]; leadOpd: string }[] = [
  {
    pillarId: 'branding',
    leadOpd: 'Dinas Pariwisata',
    names: [
      'Pengembangan Aplikasi Layanan Pariwisata Terpadu',
      'Aplikasi Layanan Pariwisata',
      'Portal Pariwisata Terpadu',
      'Promosi Digital Produk Unggulan Daerah',
      'Aplikasi Pemandu Wisata Terpadu',
    ],
  },
  {
    pillarId: 'governance',
    leadOpd: 'Dinas Komunikasi dan Informatika',
    names: [
      'Penguatan Satu Data Daerah',
      'Satu Data Kabupaten',
      'Sistem Pemerintahan Berbasis Elektronik Terintegrasi',
      'Peningkatan Indeks SPBE',
      'Portal Satu Data Terintegrasi',
    ],
  },
  {
    pillarId: 'economy',
    leadOpd: 'Dinas Koperasi dan UMKM',
    names: [
      'Pasar Digital UMKM',
      'Pengembangan Pasar Digital UMKM Desa Wisata',
      'Pembayaran Non Tunai Retribusi Pasar',
      'Digitalisasi Retribusi Pasar Tradisional',
      'Pelatihan Pemasaran Daring UMKM',
    ],
  },
  {
    pillarId: 'living',
    leadOpd: 'Dinas Kesehatan',
    names: [
      'Layanan Kesehatan Terintegrasi',
      'Peningkatan Layanan Kesehatan Terintegrasi Puskesmas',
      'Transportasi Wisata Terhubung',
      'Rekam Medis Elektronik Puskesmas',
      'Sistem Rujukan Kesehatan Terintegrasi',
    ],
  },
  {
    pillarId: 'society',
    leadOpd: 'Dinas Pendidikan',
    names: [
      'Literasi Digital Masyarakat',
      'Peningkatan Literasi Digital Pelajar dan Masyarakat',
      'Gerakan Literasi Digital Desa',
      'Ruang Belajar Daring Warga',
    ],
  },
  {
    pillarId: 'environment',
    leadOpd: 'Dinas Lingkungan Hidup',
    names: [
      'Pengelolaan Sampah Berbasis Aplikasi',
      'Bank Sampah Digital Berbasis Aplikasi',
      'Bank Sampah Digital Desa',
      'Pemantauan Kualitas Udara',
      'Aplikasi Pelaporan Sampah Liar',
    ],
  },
];

/** Quick wins per dimension: two wordings each, an impact figure that varies by `step` between regions. */
const QUICK_WINS: readonly {
  pillarId: string;
  names: readonly [string, string];
  service: string;
  months: number;
  impact: { label: string; unit: string; expected: number; step: number };
}[] = [
  {
    pillarId: 'living',
    names: ['Antrean daring puskesmas', 'Pendaftaran puskesmas lewat WhatsApp'],
    service: 'Pendaftaran pasien puskesmas',
    months: 6,
    impact: { label: 'Waktu tunggu pasien', unit: 'menit', expected: 25, step: 5 },
  },
  {
    pillarId: 'governance',
    names: ['Perizinan usaha tanpa tatap muka', 'Izin usaha mikro selesai sehari'],
    service: 'Izin usaha mikro',
    months: 9,
    impact: { label: 'Lama proses izin', unit: 'hari', expected: 1, step: 1 },
  },
  {
    pillarId: 'branding',
    names: ['Tiket masuk wisata non tunai', 'E-tiket objek wisata'],
    service: 'Retribusi objek wisata',
    months: 6,
    impact: { label: 'Retribusi tercatat', unit: '%', expected: 90, step: 2 },
  },
  {
    pillarId: 'economy',
    names: ['Katalog daring produk UMKM', 'Etalase UMKM di lokapasar daerah'],
    service: 'Pendampingan UMKM',
    months: 12,
    impact: { label: 'UMKM berjualan daring', unit: 'usaha', expected: 250, step: 50 },
  },
  {
    pillarId: 'environment',
    names: ['Jadwal angkut sampah di aplikasi warga', 'Lapor sampah lewat aplikasi'],
    service: 'Pengangkutan sampah',
    months: 8,
    impact: { label: 'Aduan sampah tak terangkut', unit: 'aduan/bulan', expected: 10, step: 2 },
  },
];

const TEAM = [
  ['Sekretaris Daerah', 'Sekretariat Daerah', 'Ketua'],
  ['Kepala Bappeda', 'Badan Perencanaan Pembangunan Daerah', 'Wakil Ketua'],
  ['Kepala Diskominfo', 'Dinas Komunikasi dan Informatika', 'Sekretaris'],
  ['Kabid Pariwisata', 'Dinas Pariwisata', 'Anggota'],
  ['Kabid Pelayanan Kesehatan', 'Dinas Kesehatan', 'Anggota'],
  ['Kabid Perekonomian', 'Bagian Perekonomian Setda', 'Anggota'],
] as const;

export function addMasterPlans(
  regions: ReadonlyMap<string, Y.Doc>,
  editors: ReadonlyMap<string, Author>,
  areaId: string,
): void {
  const planning = [...regions.keys()].filter((_, index) => index % 2 === 0).slice(0, PLANNING_REGIONS);
  planning.forEach((code, k) => {
    const doc = regions.get(code);
    const author = editors.get(code);
    if (!doc || !author) return;
    let minute = 0;
    // Each region writes on its own day in spring 2025, a few minutes between entries.
    const ctx = (): CommandContext => {
      const at = new Date(Date.UTC(2025, 2, 3 + k * 2, 2, minute));
      minute += 7;
      return { author, now: () => at };
    };
    const done = k % 5;
    for (const stage of BIMTEK_STAGES) {
      const start = `2025-0${stage + 1}-0${1 + (k % 9)}`;
      const status = stage <= done ? 'selesai' : stage === done + 1 ? 'berjalan' : 'belum';
      if (status === 'belum') continue;
      const end = status === 'selesai' ? `2025-0${stage + 1}-2${k % 9}` : null;
      expectOk(setBimtekStage(doc, code, stage, { status, start, end }, ctx()), `stage ${code}`);
    }
    const team = TEAM.slice(0, 3 + (k % 4)).map(([name, opd, role]) => ({ name, opd, role }));
    expectOk(setTeam(doc, code, team, ctx()), `team ${code}`);
    // The first regions are still scoring: only struktur is filled where no stage is done.
    const elements = Object.keys(READINESS) as ReadinessElement[];
    elements.forEach((element, e) => {
      if (done === 0 && e > 0) return;
      READINESS[element].forEach((sub, s) => {
        const score = 1 + ((k * 3 + e * 2 + s) % 5);
        expectOk(
          scoreReadiness(doc, code, element, sub, { score, notes: '' }, ctx()),
          `readiness ${code} ${element}.${sub}`,
        );
      });
    });
    const own = readInnovations(doc, `${areaId}/region/${code}`, code, (problem) => {
      throw new Error(`demo data: unreadable innovation ${problem.key}`);
    });
    const programmeCount = 2 + (k % 3);
    for (let n = 0; n < programmeCount; n++) {
      const pool = PROGRAMMES[(k + n * 5) % PROGRAMMES.length];
      if (!pool) continue;
      const name = pool.names[(k * 3 + n) % pool.names.length] ?? pool.names[0] ?? 'Program';
      const builds = own.find((innovation) => innovation.dimensions.includes(pool.pillarId));
      expectOk(
        setProgramme(
          doc,
          code,
          `program-${n + 1}`,
          {
            pillarId: pool.pillarId,
            name,
            leadOpd: pool.leadOpd,
            rpjmdReference: `RPJMD 2021–2026 Misi ${1 + ((k + n) % 5)}`,
            horizon: (['satuTahun', 'limaTahun', 'jangkaPanjang'] as const)[n % 3] ?? 'limaTahun',
            budget: { amount: (2 + ((k + n) % 7)) * 250_000_000, source: 'APBD' },
            innovations: builds ? [`${code}/${builds.id}`] : [],
            replicationPlans: [],
          },
          ctx(),
        ),
        `programme ${code}`,
      );
    }
    for (let n = 0; n < 1 + (k % 2); n++) {
      const quickWin = QUICK_WINS[(k + n * 3) % QUICK_WINS.length];
      if (!quickWin) continue;
      const { impact, names, ...fields } = quickWin;
      const { step, ...figure } = impact;
      expectOk(
        setQuickWin(
          doc,
          code,
          `quick-win-${n + 1}`,
          {
            ...fields,
            name: names[k % 2] ?? names[0],
            impact: [{ ...figure, expected: figure.expected + (k % 4) * step, actual: null }],
          },
          ctx(),
        ),
        `quick win ${code}`,
      );
    }
  });
}

function expectOk(result: CommandResult<unknown>, what: string): void {
  if (!result.ok) throw new Error(`demo data: ${what} refused: ${JSON.stringify(result.error)}`);
}
