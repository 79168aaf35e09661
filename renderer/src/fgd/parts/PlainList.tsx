/**
 * A list drawn without bullets or indent, because its items are cards or rows; assistive technology
 * still announces a list and how many entries it has.
 */
import { Stack, type StackProps } from '@mantine/core';
import type { ReactNode } from 'react';

export function PlainList({
  ordered = false,
  gap,
  label,
  labelledBy,
  children,
}: {
  /** An ordered list where the order means something (agenda steps, ranks). */
  ordered?: boolean;
  gap: StackProps['gap'];
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    <Stack
      component={ordered ? 'ol' : 'ul'}
      gap={gap}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      {children}
    </Stack>
  );
}
