/**
 * The title block at the top of a document's page: what kind of document (small, above), its title,
 * a few lines under it, and its actions on the right (below, where the page is narrow).
 */
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function DocumentHeading({
  eyebrow,
  title,
  actions,
  children,
}: {
  eyebrow: string;
  title: ReactNode;
  actions: ReactNode;
  /** The lines under the title. */
  children?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={2} miw={0} style={{ flex: '1 1 420px' }}>
        <Text size="sm" fw={600} c="dimmed">
          {eyebrow}
        </Text>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        {children}
      </Stack>
      {actions}
    </Group>
  );
}
