/** A dimension's section of programmes or quick wins: its name and count, "add", and its list. */
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Children, type ReactNode } from 'react';
import type { PillarSection } from './pillar-sections';

export function PillarSectionCard({
  idPrefix,
  section,
  count,
  addLabel,
  addAriaLabel,
  onAdd,
  empty,
  listLabel,
  children,
}: {
  idPrefix: string;
  section: PillarSection<unknown>;
  count: string;
  /** Null when this person cannot add here. */
  addLabel: string | null;
  addAriaLabel: string;
  onAdd: () => void;
  empty: string;
  listLabel: string;
  children: ReactNode;
}) {
  const headingId = `${idPrefix}-${section.id || 'lain'}`;
  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      bg="gray.0"
      aria-labelledby={headingId}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Group gap="xs">
            <Title order={2} size="h4" id={headingId}>
              {section.name}
            </Title>
            <Badge variant="light" color="gray" c="gray.8" tt="none">
              {count}
            </Badge>
          </Group>
          {addLabel !== null && (
            <Button
              variant="light"
              size="sm"
              leftSection={<IconPlus size={16} />}
              aria-label={addAriaLabel}
              onClick={onAdd}
            >
              {addLabel}
            </Button>
          )}
        </Group>
        {Children.count(children) === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={listLabel}>
            {children}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
