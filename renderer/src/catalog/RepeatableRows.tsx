/**
 * A list of rows of the same few inputs (figures, contacts, links) with "add" and a remove button per
 * row. Rows are keyed by their own key, so removing one keeps focus and input in the others.
 */
import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface RepeatableRowsProps<Row extends { key: string }> {
  rows: readonly Row[];
  max: number;
  addLabel: string;
  /** Accessible name of a row's remove button; `index` counts from 1. */
  removeLabel: (index: number) => string;
  /** Shown while there are no rows. */
  emptyHint: string;
  onChange: (rows: Row[]) => void;
  create: () => Row;
  renderRow: (row: Row, index: number, update: (patch: Partial<Omit<Row, 'key'>>) => void) => ReactNode;
  /** Problem with the list as a whole (e.g. too many rows). */
  error?: string;
}

export function RepeatableRows<Row extends { key: string }>({
  rows,
  max,
  addLabel,
  removeLabel,
  emptyHint,
  onChange,
  create,
  renderRow,
  error,
}: RepeatableRowsProps<Row>) {
  const update = (index: number, patch: Partial<Omit<Row, 'key'>>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => onChange(rows.filter((_, at) => at !== index));
  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {emptyHint}
        </Text>
      )}
      {rows.map((row, index) => (
        <Paper key={row.key} withBorder radius="md" p="sm" bg="gray.0">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <div style={{ flex: 1, minWidth: 0 }}>
              {renderRow(row, index, (patch) => update(index, patch))}
            </div>
            <Tooltip label={removeLabel(index + 1)}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={24}
                onClick={() => remove(index)}
                aria-label={removeLabel(index + 1)}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Paper>
      ))}
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => onChange([...rows, create()])}
          disabled={rows.length >= max}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
