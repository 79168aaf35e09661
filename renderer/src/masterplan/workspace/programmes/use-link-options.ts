/**
 * What a programme can build on: every catalog innovation of the area ("name — region", any region's)
 * and this region's replication plans; and the words and addresses of what a programme links to.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../../app/hooks';
import { regionLabel } from '../../../data/catalog-store';

export interface LinkTarget {
  label: string;
  /** Route of its page; null when it is no longer in the catalog. */
  to: string | null;
}

export function useLinkOptions(regionCode: string) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  return useMemo(() => {
    const innovations = catalog.entries.map((entry) => ({
      value: entry.key,
      label: t('masterPlan.programme.innovationOption', {
        name: entry.innovation.name,
        region: entry.regionName,
      }),
    }));
    const plans = (catalog.plans.get(regionCode) ?? []).map((plan) => ({
      value: plan.id,
      label: t('masterPlan.programme.planOption', {
        name: plan.source.innovationName,
        region: regionLabel(plan.source.regionCode),
      }),
    }));
    const planLabels = new Map(plans.map((plan) => [plan.value, plan.label]));
    const innovation = (key: string): LinkTarget => {
      const entry = catalog.byKey.get(key);
      return entry
        ? {
            label: t('masterPlan.programme.innovationOption', {
              name: entry.innovation.name,
              region: entry.regionName,
            }),
            to: `/katalog/${key}`,
          }
        : { label: t('masterPlan.programme.missingInnovation'), to: null };
    };
    const plan = (id: string): LinkTarget => {
      const label = planLabels.get(id);
      return label
        ? { label, to: `/replikasi/${regionCode}/${id}` }
        : { label: t('masterPlan.programme.missingPlan'), to: null };
    };
    return { innovations, plans, innovation, plan };
  }, [catalog, regionCode, t]);
}
