/**
 * The frame of a list of the area's documents (FGD sessions, commitments): title and intro, the
 * button that starts a new one (beside the title once there are some, in the empty state before),
 * and the documents as cards in two columns.
 */
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { PageState } from '../catalog/InnovationStates';

export function DocumentListPage({
  title,
  intro,
  create,
  empty,
  cards,
  children,
}: {
  title: string;
  intro: string;
  /** Null for someone who may not start one. */
  create: { label: string; icon: Icon; onClick: () => void } | null;
  empty: { icon: ReactNode; title: string; description: string };
  cards: ReactNode[];
  /** What the page holds besides the list: the dialog that starts a new document. */
  children?: ReactNode;
}) {
  const createButton = create && (
    <Button leftSection={<create.icon size={18} />} onClick={create.onClick}>
      {create.label}
    </Button>
  );
  return (
    <Stack gap="lg" maw={1200} mx="auto" pb="xl">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {intro}
          </Text>
        </Stack>
        {cards.length > 0 && createButton}
      </Group>
      {cards.length === 0 ? (
        <PageState {...empty} action={createButton} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {cards}
        </SimpleGrid>
      )}
      {children}
    </Stack>
  );
}
