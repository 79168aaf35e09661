/**
 * Ready-made areas. An area's pillar set and groups are data (an area may use another list); these
 * are the starting values a coordinator gets when creating the area from a preset.
 */
import { regencyByCode } from '../regions/index.js';

export interface Pillar {
  /** Stable key stored in documents. */
  id: string;
  /** The programme's own name, used as is in both languages. */
  name: string;
}

export interface SubAreaGroup {
  id: string;
  name: string;
  /** Kemendagri codes, all of them members of the area. */
  members: readonly string[];
}

export interface AreaPreset {
  /** Area id: the first segment of every document name of the area. */
  id: string;
  name: string;
  /** Kemendagri codes, in the order of the founding commitment's signing list. */
  members: readonly string[];
  groups: readonly SubAreaGroup[];
  pillars: readonly Pillar[];
}

/** The six dimensions of Kominfo's Gerakan Menuju 100 Smart City guide. */
export const DEFAULT_PILLARS: readonly Pillar[] = [
  { id: 'governance', name: 'Smart Governance' },
  { id: 'branding', name: 'Smart Branding' },
  { id: 'economy', name: 'Smart Economy' },
  { id: 'living', name: 'Smart Living' },
  { id: 'society', name: 'Smart Society' },
  { id: 'environment', name: 'Smart Environment' },
];

/** The 25 regencies and cities that signed the Borobudur smart-city commitment (Surakarta, 27 Nov 2021). */
export const KSPN_BOROBUDUR: AreaPreset = {
  id: 'kspn-borobudur',
  name: 'KSPN Borobudur',
  members: [
    '33.72',
    '34.71',
    '33.08',
    '33.71',
    '33.11',
    '33.07',
    '33.14',
    '34.01',
    '33.10',
    '35.01',
    '34.03',
    '33.24',
    '33.09',
    '33.21',
    '33.12',
    '33.04',
    '34.02',
    '34.04',
    '33.23',
    '33.22',
    '33.74',
    '33.19',
    '33.06',
    '33.20',
    '33.13',
  ],
  groups: [
    // Purworejo, Wonosobo, Kota Magelang, Kab. Magelang, Temanggung: the temple's immediate hinterland.
    { id: 'purwomanggung', name: 'Purwomanggung', members: ['33.06', '33.07', '33.71', '33.08', '33.23'] },
  ],
  pillars: DEFAULT_PILLARS,
};

export const AREA_PRESETS: readonly AreaPreset[] = [KSPN_BOROBUDUR];

/** Problems with a preset's data (unknown codes, duplicates, groups outside the area); empty when sound. */
export function presetProblems(preset: AreaPreset): string[] {
  const problems: string[] = [];
  const members = new Set(preset.members);
  if (members.size !== preset.members.length) problems.push('duplicate member codes');
  for (const code of preset.members) {
    if (!regencyByCode(code)) problems.push(`unknown region code ${code}`);
  }
  for (const group of preset.groups) {
    for (const code of group.members) {
      if (!members.has(code)) problems.push(`group ${group.id}: ${code} is not a member of the area`);
    }
  }
  if (new Set(preset.pillars.map((pillar) => pillar.id)).size !== preset.pillars.length) {
    problems.push('duplicate pillar ids');
  }
  return problems;
}
