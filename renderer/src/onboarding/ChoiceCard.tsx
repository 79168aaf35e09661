/** One option of a Radio.Group as a card: a title and one line explaining it. */
import { Group, Radio, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function ChoiceCard({
  value,
  title,
  description,
}: {
  value: string;
  title: string;
  description: ReactNode;
}) {
  return (
    <Radio.Card value={value} radius="md" p="sm">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <Stack gap={2} miw={0}>
          <Text fw={600} size="sm">
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        </Stack>
      </Group>
    </Radio.Card>
  );
}
