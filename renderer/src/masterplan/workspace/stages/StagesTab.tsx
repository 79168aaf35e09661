/**
 * The "Tahapan" tab: the four bimtek stages as a guided list — what each asks for, where it stands
 * (belum / berjalan / selesai) and when, how much of it has been entered, and the tab where it is done.
 */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BIMTEK_STAGES } from '../../../../../shared/model/master-plan';
import type { BimtekStage, MasterPlanView } from '../master-plan-view';
import { linkedProgrammeCount, READINESS_TOTAL, scoredCount } from '../stage-counts';
import { StageCard } from './StageCard';

export function StagesTab({ view }: { view: MasterPlanView }) {
  const { t } = useTranslation();
  const { plan } = view;
  const entered: Record<BimtekStage, string> = {
    1: t('masterPlan.stage.count1', { scored: scoredCount(plan), total: READINESS_TOTAL }),
    2: t('masterPlan.stage.count2', { count: plan.programmes.length }),
    3: t('masterPlan.stage.count3', { count: linkedProgrammeCount(plan) }),
    4: t('masterPlan.stage.count4', { count: plan.quickWins.length }),
  };
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t('masterPlan.stage.intro')}
      </Text>
      <Stack
        component="ol"
        gap="md"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('masterPlan.stage.listLabel')}
      >
        {BIMTEK_STAGES.map((stage) => (
          <StageCard key={stage} view={view} stage={stage} entered={entered[stage]} />
        ))}
      </Stack>
    </Stack>
  );
}
