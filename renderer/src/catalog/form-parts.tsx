/** Input ids the innovation form's sections share, and the dimension choice the dialog forms share. */
import { Select } from '@mantine/core';

/** `field-<path>`: the page finds the first input with a problem by it. */
export function inputId(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}

/** A required choice of one of the area's dimensions (a commitment item's, a programme's, …). */
export function PillarSelect({
  id,
  label,
  pillars,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  pillars: readonly { id: string; name: string }[];
  value: string;
  error: string | undefined;
  onChange: (pillarId: string) => void;
}) {
  return (
    <Select
      id={id}
      label={label}
      withAsterisk
      allowDeselect={false}
      data={pillars.map((pillar) => ({ value: pillar.id, label: pillar.name }))}
      value={value}
      error={error}
      onChange={(next) => {
        if (next !== null) onChange(next);
      }}
    />
  );
}
