/**
 * The top of a region's master plan: whose plan it is, how far it has come over the four bimtek
 * stages (done of 4, as a bar and in words), and on the right the actions group (the books menu).
 */
import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BIMTEK_STAGES } from '../../../../shared/model/master-plan';
import { DocumentHeading } from '../../shell/DocumentHeading';
import type { MasterPlanView } from './master-plan-view';
import { stagesDone } from './stage-counts';

export function MasterPlanHeader({
  view,
  actions,
}: {
  view: MasterPlanView;
  /** Right side of the heading (stacks below it on a phone): the books menu. */
  actions: ReactNode;
}) {
  const { t } = useTranslation();
  const done = stagesDone(view.plan);
  const total = BIMTEK_STAGES.length;
  const running = BIMTEK_STAGES.filter((stage) => view.plan.stages[stage]?.status === 'berjalan').length;
  const progressLabel = t('masterPlan.progress', { done, total });
  return (
    <DocumentHeading
      eyebrow={t('masterPlan.eyebrow')}
      title={t('masterPlan.title', { region: view.regionName })}
      actions={
        <Group gap="sm" wrap="wrap">
          {actions}
        </Group>
      }
    >
      <Stack gap={6} mt={6} maw={480}>
        <Group gap={8} wrap="wrap">
          <Text size="sm" fw={600}>
            {progressLabel}
          </Text>
          {running > 0 && (
            <Badge variant="light" color="blue" c="blue.9" bg="blue.0" tt="none">
              {t('masterPlan.runningCount', { count: running })}
            </Badge>
          )}
        </Group>
        <Progress
          value={(done / total) * 100}
          aria-label={progressLabel}
          size="md"
          radius="xl"
          color="teal"
        />
      </Stack>
    </DocumentHeading>
  );
}
