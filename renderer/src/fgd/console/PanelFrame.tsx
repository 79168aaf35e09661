/**
 * The frame of a console list panel (agenda, decisions): its heading with a line on what the reader
 * may do there, the add button for those who may add, and the note shown while the list is empty.
 */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function PanelHeader({
  title,
  intro,
  introWidth,
  add,
}: {
  title: string;
  intro: string;
  /** Keeps a long intro to a readable line length. */
  introWidth?: number;
  /** Absent for those who may only read. */
  add?: { label: string; onClick: () => void };
}) {
  return (
    <Group justify="space-between" align="flex-end">
      <Stack gap={2} maw={introWidth}>
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
      </Stack>
      {add && (
        <Button leftSection={<IconPlus size={18} />} onClick={add.onClick}>
          {add.label}
        </Button>
      )}
    </Group>
  );
}

export function EmptyPanelNote({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Text size="sm" c="dimmed">
        {children}
      </Text>
    </Paper>
  );
}
