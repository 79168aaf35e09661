/**
 * The frame of one entry in a dimension's list (a programme, a quick win): its name, a badge and a
 * line under it, "change" and "remove" for editors, and the kind's own details below.
 */
import { ActionIcon, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function EntryCard({
  name,
  badge,
  meta,
  gap,
  canEdit,
  editLabel,
  removeLabel,
  onEdit,
  onRemove,
  children,
}: {
  name: string;
  badge: ReactNode;
  /** The dimmed line beside the badge. */
  meta: string;
  /** Space between the header and the details. */
  gap: number | 'xs';
  canEdit: boolean;
  /** Accessible names (and tooltips) of the two buttons, naming the entry. */
  editLabel: string;
  removeLabel: string;
  onEdit: () => void;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-label={name}>
      <Stack gap={gap}>
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Stack gap={2} miw={0}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            <Group gap={8} wrap="wrap">
              {badge}
              <Text size="sm" c="dimmed">
                {meta}
              </Text>
            </Group>
          </Stack>
          {canEdit && (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={editLabel}>
                <ActionIcon variant="subtle" color="gray" size="lg" onClick={onEdit} aria-label={editLabel}>
                  <IconPencil size={18} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={removeLabel}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={onRemove}
                  aria-label={removeLabel}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
