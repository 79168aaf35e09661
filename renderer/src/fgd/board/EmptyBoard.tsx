/** An empty part of the board: what is missing, and what makes it fill. */
import { Paper, Stack, Text } from '@mantine/core';

export function EmptyBoard({ title, body }: { title: string; body: string }) {
  return (
    <Paper withBorder radius="md" p="xl" bg="gray.0" style={{ borderStyle: 'dashed' }}>
      <Stack gap={4} align="center" ta="center">
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed" maw={520}>
          {body}
        </Text>
      </Stack>
    </Paper>
  );
}
