/** The timeline's milestones as a table: the same data as the chart, for reading rather than seeing. */
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../catalog/innovation-format';
import type { PlanStatusRow } from '../plan-rows';
import { planPath } from '../plan-view';
import { StageBadge } from './PlanBadges';
import type { TimelineLayout } from './timeline';
import { usePlanLabels } from './use-plan-labels';

export function TimelineTable({ rows, layout }: { rows: readonly PlanStatusRow[]; layout: TimelineLayout }) {
  const { t, i18n } = useTranslation();
  const labels = usePlanLabels();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" striped aria-label={t('replicationArea.timeline.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('replicationArea.timeline.columnPlan')}</Table.Th>
            <Table.Th>{t('replicationArea.timeline.columnMilestone')}</Table.Th>
            <Table.Th>{t('replicationList.column.stage')}</Table.Th>
            <Table.Th>{t('replicationArea.timeline.columnStart')}</Table.Th>
            <Table.Th>{t('replicationArea.timeline.columnDue')}</Table.Th>
            <Table.Th>{t('replicationArea.column.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {layout.groups.flatMap((group, index) => {
            const row = rows[index];
            if (!row) return [];
            const plan = (
              <Anchor component={Link} to={planPath(row.plan)} size="sm" fw={600}>
                {t('replicationArea.timeline.planName', {
                  innovation: row.innovationName,
                  adopter: row.adopterName,
                })}
              </Anchor>
            );
            if (group.bars.length === 0) {
              return [
                <Table.Tr key={row.key}>
                  <Table.Td>{plan}</Table.Td>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed">
                      {t('replicationArea.timeline.noMilestones')}
                    </Text>
                  </Table.Td>
                </Table.Tr>,
              ];
            }
            return group.bars.map((bar) => (
              <Table.Tr key={`${row.key}/${bar.milestone.id}`} bg={bar.overdue ? 'red.0' : undefined}>
                <Table.Td>{plan}</Table.Td>
                <Table.Td>
                  <Text size="sm">{bar.milestone.title}</Text>
                </Table.Td>
                <Table.Td>
                  <StageBadge stage={bar.milestone.stage} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(bar.start, i18n.language)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(bar.milestone.dueDate, i18n.language)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{labels.milestone[bar.milestone.status]}</Text>
                  {bar.overdue && (
                    <Text size="sm" fw={700} c="red.9">
                      {t('replicationArea.timeline.late')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ));
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
