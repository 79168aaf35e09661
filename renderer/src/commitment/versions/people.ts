/** How people and moments read in the versions and history lists: "Sri Wahyuni · Kab. Klaten", "23 Nov 2026 14.05". */
import type { TFunction } from 'i18next';
import type { Author } from '../../../../shared/model/identity';
import { intlLocale } from '../../catalog/innovation-format';
import { regionLabel } from '../../data/catalog-store';

export function authorLine(t: TFunction, by: Author): string {
  return by.region === null
    ? t('commitmentHistory.byRole', { name: by.name, role: t(`role.${by.role}`) })
    : t('commitmentHistory.byRegion', { name: by.name, region: regionLabel(by.region) });
}

/** Day, short month, year and time in the reader's time zone, without a comma between date and time. */
export function formatMoment(isoDateTime: string, language: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const locale = intlLocale(language);
  const day = date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const time = date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  return `${day} ${time}`;
}
