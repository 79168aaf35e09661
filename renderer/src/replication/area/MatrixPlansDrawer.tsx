/** The plans behind a matrix cell (or a row's or column's total), each linking to its plan. */
import { Drawer, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlanLink } from '../PlansTable';
import type { PlanStatusRow } from '../plan-rows';
import type { MatrixSelection } from './matrix';
import { ProgressCell, StageBadge, StatusBadge } from './PlanBadges';
import type { RegionNames } from './region-names';

export interface MatrixPlansDrawerProps {
  selection: MatrixSelection | null;
  rows: readonly PlanStatusRow[];
  names: ReadonlyMap<string, RegionNames>;
  onClose: () => void;
}

export function MatrixPlansDrawer({ selection, rows, names, onClose }: MatrixPlansDrawerProps) {
  const { t } = useTranslation();
  const full = (code: string) => names.get(code)?.full ?? code;
  let title = '';
  if (selection?.source != null && selection.adopter != null)
    title = t('replicationArea.matrix.drawerCell', {
      source: full(selection.source),
      adopter: full(selection.adopter),
    });
  else if (selection?.source != null)
    title = t('replicationArea.matrix.drawerSource', { source: full(selection.source) });
  else if (selection?.adopter != null)
    title = t('replicationArea.matrix.drawerAdopter', { adopter: full(selection.adopter) });

  return (
    <Drawer
      opened={selection !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={
        <Text fw={700} size="lg" component="span">
          {title}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('replicationArea.close') }}
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('replicationArea.matrix.drawerCount', { count: rows.length })}
        </Text>
        <Stack component="ul" gap={0} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row, index) => (
            <Stack
              key={row.key}
              component="li"
              gap={6}
              py="sm"
              style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}
            >
              <PlanLink row={row} />
              <Text size="sm" c="dimmed">
                {t('replicationList.cardAdopterSource', { adopter: row.adopterName, source: row.sourceName })}
              </Text>
              <Group gap="xs">
                <StageBadge stage={row.plan.stage} />
                <StatusBadge status={row.plan.status} />
              </Group>
              <ProgressCell percent={row.percent} />
            </Stack>
          ))}
        </Stack>
      </Stack>
    </Drawer>
  );
}
