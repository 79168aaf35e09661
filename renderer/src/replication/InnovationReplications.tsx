/** Which regions are replicating an innovation, and how far each has come. */
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReplicationPlan } from '../../../shared/model/replication-plan';
import { regionLabel } from '../data/catalog-store';

export function InnovationReplications({ plans }: { plans: readonly ReplicationPlan[] }) {
  const { t } = useTranslation();
  const sorted = [...plans].sort((a, b) =>
    regionLabel(a.adopterCode).localeCompare(regionLabel(b.adopterCode), 'id'),
  );
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="innovation-replications">
      <Stack gap="sm">
        <Title order={2} size="h5" id="innovation-replications">
          {t('replicate.byTitle')}
        </Title>
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('replicate.byNone')}
          </Text>
        ) : (
          <Stack gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {sorted.map((plan) => (
              <Group
                key={`${plan.adopterCode}/${plan.id}`}
                component="li"
                justify="space-between"
                gap="xs"
                wrap="nowrap"
              >
                <Text size="sm" fw={500}>
                  {regionLabel(plan.adopterCode)}
                </Text>
                <Badge
                  size="md"
                  variant="light"
                  color="indigo"
                  radius="sm"
                  tt="none"
                  style={{ flexShrink: 0 }}
                >
                  {t(`replicationStage.${plan.stage}`)}
                </Badge>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
