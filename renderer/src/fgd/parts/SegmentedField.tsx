/**
 * A segmented control with a visible label above it, named by that label (Mantine's control has no
 * label of its own).
 */
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

export function SegmentedField<Value extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  /** Mantine hands back a plain string; the caller checks it against its own values. */
  onChange: (value: string) => void;
}) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={labelId} value={value} onChange={onChange} data={[...options]} />
    </Stack>
  );
}
