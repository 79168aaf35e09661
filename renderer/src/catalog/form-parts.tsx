/** Pieces the innovation form's sections share: the section frame and input ids. */
import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** `field-<path>`: the page finds the first input with a problem by it. */
export function inputId(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder radius="md" p={{ base: 'md', sm: 'lg' }} aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
