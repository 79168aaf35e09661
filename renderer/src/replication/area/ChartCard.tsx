/**
 * A chart with a name, a one-line reading of it, and its data as a table under "Lihat data sebagai
 * tabel": the table is the chart for screen readers, keyboard users and anyone copying the numbers.
 */
import { Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

export interface ChartCardProps {
  title: string;
  description: string;
  table: ChartTable;
  children: ReactNode;
}

export function ChartCard({ title, description, table, children }: ChartCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="figure"
      m={0}
      aria-labelledby={titleId}
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h5" id={titleId}>
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        </Stack>
        {/* The drawing is one image to assistive technology; its numbers are in the table below. */}
        <Box role="img" aria-label={t('replicationArea.progress.chartImage', { title })}>
          {children}
        </Box>
        <details>
          <Text component="summary" size="sm" c="rembug.8" fw={500} style={{ cursor: 'pointer' }}>
            {t('replicationArea.progress.showTable')}
          </Text>
          {/* Focusable, so a keyboard can scroll a table wider than a phone. */}
          <Box mt="xs" style={{ overflowX: 'auto' }} tabIndex={0} role="group" aria-label={title}>
            <Table striped withTableBorder verticalSpacing={4} fz="sm" aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  {table.columns.map((column, index) => (
                    <Table.Th key={column} ta={index === 0 ? 'left' : 'right'}>
                      {column}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((cells) => (
                  <Table.Tr key={String(cells[0])}>
                    {cells.map((cell, index) =>
                      index === 0 ? (
                        <Table.Th key={table.columns[index]} scope="row" fw={500}>
                          {cell}
                        </Table.Th>
                      ) : (
                        <Table.Td
                          key={table.columns[index]}
                          ta="right"
                          style={{ fontVariantNumeric: 'tabular-nums' }}
                        >
                          {cell}
                        </Table.Td>
                      ),
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        </details>
      </Stack>
    </Paper>
  );
}
