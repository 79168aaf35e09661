/**
 * Region names short enough for a 25 × 25 grid: "Klaten", "Surakarta" — and "Kab. Magelang" /
 * "Kota Magelang" where two members share a name, since the short name alone would not say which.
 */
import { displayName, regencyByCode } from '../../../../shared/regions/index';

export interface RegionNames {
  /** "Kab. Klaten", "Kota Magelang": for titles, tooltips and screen readers. */
  full: string;
  short: string;
}

export function regionNames(codes: readonly string[]): Map<string, RegionNames> {
  const regencies = codes.map((code) => ({ code, regency: regencyByCode(code) }));
  const uses = new Map<string, number>();
  for (const { regency } of regencies) {
    if (regency) uses.set(regency.shortName, (uses.get(regency.shortName) ?? 0) + 1);
  }
  return new Map(
    regencies.map(({ code, regency }) => {
      if (!regency) return [code, { full: code, short: code }];
      const full = displayName(regency);
      return [code, { full, short: (uses.get(regency.shortName) ?? 0) > 1 ? full : regency.shortName }];
    }),
  );
}
