/**
 * "Program bersama": programmes of different regions in one dimension whose names are alike — the
 * words they share, the regions and each region's own programme name. Where the area starts a joint
 * programme: the coordinator sees who already plans the same thing.
 */
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommonProgrammeGroup } from '../../../../shared/model/master-plan-area';
import { PageState } from '../../catalog/InnovationStates';
import { regionLabel } from '../../data/catalog-store';
import classes from './area.module.css';
import { masterPlanPath } from './RegionPlansTable';
import type { AreaPlans } from './use-area-plans';

export function CommonProgrammesTab({ plans }: { plans: AreaPlans }) {
  const { t } = useTranslation();
  const { common, pillarName } = plans;
  if (common.length === 0) {
    return (
      <PageState
        icon={<IconUsersGroup size={32} stroke={1.5} />}
        title={t('masterPlanArea.common.emptyTitle')}
        description={t('masterPlanArea.common.empty')}
        action={null}
      />
    );
  }
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={760}>
        {t('masterPlanArea.common.intro')}
      </Text>
      <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {common.map((group) => (
          <CommonGroup
            key={group.programmes.map((p) => `${p.regionCode}/${p.programmeId}`).join(' ')}
            group={group}
            pillar={pillarName(group.pillarId)}
          />
        ))}
      </Stack>
    </Stack>
  );
}

function CommonGroup({ group, pillar }: { group: CommonProgrammeGroup; pillar: string }) {
  const { t } = useTranslation();
  const title = t('masterPlanArea.common.groupTitle', { words: group.words.join(', ') });
  return (
    <Paper component="li" withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap" justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Badge variant="light" color="rembug" c="rembug.9" tt="none" radius="sm" component="span">
              {pillar}
            </Badge>
            <Title order={2} size="h5">
              {title}
            </Title>
          </Stack>
          <Text size="sm" fw={600}>
            {t('masterPlanArea.common.regions', { count: group.regions.length })}
          </Text>
        </Group>
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing={4} fz="sm" layout="fixed" aria-label={`${pillar}: ${title}`}>
            <Table.Thead>
              <Table.Tr>
                {/* One width in every group's table, so the programme names line up card after card. */}
                <Table.Th className={classes.regionColumn}>{t('masterPlanArea.column.region')}</Table.Th>
                <Table.Th>{t('masterPlanArea.common.programmeColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.programmes.map((programme) => (
                <Table.Tr key={`${programme.regionCode}/${programme.programmeId}`}>
                  <Table.Td>
                    <Anchor component={Link} to={masterPlanPath(programme.regionCode)} size="sm">
                      {regionLabel(programme.regionCode)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{programme.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
