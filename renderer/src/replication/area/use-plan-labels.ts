/** The words for a plan's stage, status and milestone status, resolved once per language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  MilestoneStatus,
  PlanStatus,
  ReplicationStage,
} from '../../../../shared/model/replication-plan';

export interface PlanLabels {
  stage: Readonly<Record<ReplicationStage, string>>;
  status: Readonly<Record<PlanStatus, string>>;
  milestone: Readonly<Record<MilestoneStatus, string>>;
}

export function usePlanLabels(): PlanLabels {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language is what the labels depend on.
  return useMemo(
    () => ({
      stage: {
        persiapan: t('replicationStage.persiapan'),
        rencanaPengembangan: t('replicationStage.rencanaPengembangan'),
        replikasi: t('replicationStage.replikasi'),
        evaluasi: t('replicationStage.evaluasi'),
      },
      status: {
        aktif: t('replicationArea.status.aktif'),
        selesai: t('replicationArea.status.selesai'),
        dibatalkan: t('replicationArea.status.dibatalkan'),
      },
      milestone: {
        belum: t('replicationArea.milestone.belum'),
        berjalan: t('replicationArea.milestone.berjalan'),
        selesai: t('replicationArea.milestone.selesai'),
        tertunda: t('replicationArea.milestone.tertunda'),
      },
    }),
    [t, i18n.language],
  );
}
