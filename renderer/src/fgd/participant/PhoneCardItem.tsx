/** One card in a list on a phone: a bordered entry of the list, found by tests under `testId`. */
import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';

export function PhoneCardItem({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <Paper component="li" withBorder radius="sm" p="sm" data-testid={testId}>
      {children}
    </Paper>
  );
}
