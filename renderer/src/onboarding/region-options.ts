/**
 * Regions as pick-list options: "Kab. Magelang" / "Kota Magelang" labels (never bare codes), grouped
 * by province in the Kemendagri order, searchable by the short or the official name or the province.
 */
import type { ComboboxItem, ComboboxItemGroup, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { displayName, provinces, type Regency, regencyByCode } from '../../../shared/regions/index';

function byName(a: Regency, b: Regency): number {
  return a.shortName.localeCompare(b.shortName, 'id') || a.kind.localeCompare(b.kind);
}

/** Options for `codes`, one group per province; unknown codes are left out (they have no name). */
export function regionGroups(codes: Iterable<string>): ComboboxItemGroup<ComboboxItem>[] {
  const perProvince = new Map<string, Regency[]>();
  for (const code of codes) {
    const regency = regencyByCode(code);
    if (!regency) continue;
    const list = perProvince.get(regency.provinceCode) ?? [];
    list.push(regency);
    perProvince.set(regency.provinceCode, list);
  }
  return provinces.flatMap((province) => {
    const members = perProvince.get(province.code);
    if (!members) return [];
    return [
      {
        group: province.name,
        items: members.sort(byName).map((regency) => ({ value: regency.code, label: displayName(regency) })),
      },
    ];
  });
}

function itemMatches(item: ComboboxItem, needle: string): boolean {
  if (item.label.toLowerCase().includes(needle)) return true;
  return regencyByCode(item.value)?.name.toLowerCase().includes(needle) ?? false;
}

/** Mantine's default filter looks at labels only; "kabupaten klaten" or "jawa tengah" should match too. */
export const regionFilter: OptionsFilter = ({ options, search, limit }) => {
  const needle = search.trim().toLowerCase();
  const result: ComboboxParsedItem[] = [];
  let count = 0;
  for (const option of options) {
    if (count >= limit) break;
    if ('group' in option) {
      const groupMatches = typeof option.group === 'string' && option.group.toLowerCase().includes(needle);
      const items = option.items
        .filter((item) => groupMatches || itemMatches(item, needle))
        .slice(0, limit - count);
      if (items.length === 0) continue;
      result.push({ group: option.group, items });
      count += items.length;
    } else if (itemMatches(option, needle)) {
      result.push(option);
      count += 1;
    }
  }
  return result;
};
