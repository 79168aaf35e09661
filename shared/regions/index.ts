/**
 * Indonesia's provinces and regencies/cities with their Kemendagri codes (e.g. 33.10 Kabupaten
 * Klaten), from idn-area-data. Any area in the country can be set up from these 514 regions.
 */
import { PROVINCE_ROWS, REGENCY_ROWS } from './regions.generated.js';

export interface Province {
  code: string;
  name: string;
}

export type RegencyKind = 'kabupaten' | 'kota';

export interface Regency {
  /** Kemendagri code `PP.RR`, e.g. `33.10`. */
  code: string;
  provinceCode: string;
  /** Official name, e.g. "Kabupaten Klaten", "Kota Surakarta". */
  name: string;
  kind: RegencyKind;
  /** Name without the kind, e.g. "Klaten" — ambiguous on its own (Kab. and Kota Magelang). */
  shortName: string;
}

export const REGENCY_CODE = /^\d{2}\.\d{2}$/;

const KIND_PREFIXES: readonly (readonly [string, RegencyKind])[] = [
  ['Kabupaten ', 'kabupaten'],
  ['Kota ', 'kota'],
];

function toRegency([code, provinceCode, name]: readonly [string, string, string]): Regency {
  for (const [prefix, kind] of KIND_PREFIXES) {
    if (name.startsWith(prefix))
      return { code, provinceCode, name, kind, shortName: name.slice(prefix.length) };
  }
  // Every row of the source starts with one of the two; a future exception stays usable as a regency.
  return { code, provinceCode, name, kind: 'kabupaten', shortName: name };
}

export const provinces: readonly Province[] = PROVINCE_ROWS.map(([code, name]) => ({ code, name }));
export const regencies: readonly Regency[] = REGENCY_ROWS.map(toRegency);

const provinceIndex = new Map(provinces.map((province) => [province.code, province]));
const regencyIndex = new Map(regencies.map((regency) => [regency.code, regency]));

export function provinceByCode(code: string): Province | undefined {
  return provinceIndex.get(code);
}

export function regencyByCode(code: string): Regency | undefined {
  return regencyIndex.get(code);
}

export function regenciesOfProvince(provinceCode: string): Regency[] {
  return regencies.filter((regency) => regency.provinceCode === provinceCode);
}

/** "Kab. Magelang" / "Kota Magelang": short enough for boards and tables, never ambiguous. */
export function displayName(regency: Regency): string {
  return regency.kind === 'kota' ? regency.name : `Kab. ${regency.shortName}`;
}
