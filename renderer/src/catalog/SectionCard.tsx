/** A titled, bordered section of a page: the innovation form's parts and the detail page's cards. */
import { Paper, type PaperProps, Stack, type StackProps, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionCardProps {
  title: string;
  /** Space between the title and each child. */
  gap?: StackProps['gap'];
  /** Less padding and a smaller title, for a side column. */
  compact?: boolean;
  children: ReactNode;
}

const PADDING: PaperProps['p'] = { base: 'md', sm: 'lg' };

export function SectionCard({ title, gap = 'md', compact = false, children }: SectionCardProps) {
  return (
    <Paper component="section" withBorder radius="md" p={compact ? 'md' : PADDING} aria-label={title}>
      <Stack gap={gap}>
        <Title order={2} size={compact ? 'h5' : 'h4'}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
