/** Step two of the import: which sheet column fills which field — guessed from the headers, editable. */
import { Button, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ColumnMapping, IMPORT_COLUMNS, type ImportColumn } from '../../../shared/catalog/import';
import { type ChosenSheet, SheetSummary, StepFooter } from './ImportStepParts';
import { columnLetter } from './spreadsheet';

/** The columns previewImport refuses to go without; marked so the person knows before checking. */
export const REQUIRED_COLUMNS: ReadonlySet<ImportColumn> = new Set(['name', 'opd', 'stage', 'dimensions']);
const NOT_MAPPED = 'none';
const SAMPLE_LENGTH = 48;

/** The first value the column holds, so the person sees what "Kolom C" actually contains. */
function sampleOf(sheet: ChosenSheet, index: number): string | null {
  const value = sheet.table.rows.map((row) => (row[index] ?? '').trim()).find((cell) => cell !== '');
  if (value === undefined) return null;
  return value.length > SAMPLE_LENGTH ? `${value.slice(0, SAMPLE_LENGTH)}…` : value;
}

export function ImportMappingStep({
  sheet,
  mapping,
  onChange,
  onBack,
  onNext,
}: {
  sheet: ChosenSheet;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const options = [
    { value: NOT_MAPPED, label: t('import.notMapped') },
    ...sheet.table.header.map((header, index) => ({
      value: String(index),
      label: t('import.columnRef', {
        letter: columnLetter(index),
        header: header === '' ? t('import.untitledColumn') : header,
      }),
    })),
  ];

  const choose = (column: ImportColumn, value: string | null) => {
    const next = { ...mapping };
    if (value === null || value === NOT_MAPPED) delete next[column];
    else next[column] = Number(value);
    onChange(next);
  };

  return (
    <Stack gap="md">
      <SheetSummary sheet={sheet} />
      <Text size="sm">{t('import.mapHint')}</Text>
      {[
        { title: t('import.requiredFields'), columns: IMPORT_COLUMNS.filter((c) => REQUIRED_COLUMNS.has(c)) },
        {
          title: t('import.optionalFields'),
          columns: IMPORT_COLUMNS.filter((c) => !REQUIRED_COLUMNS.has(c)),
        },
      ].map((group) => (
        <Stack key={group.title} gap="xs">
          <Title order={3} size="h5">
            {group.title}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            {group.columns.map((column) => {
              const at = mapping[column];
              const sample = at === undefined ? null : sampleOf(sheet, at);
              return (
                <Select
                  key={column}
                  label={t(`import.column.${column}`)}
                  withAsterisk={REQUIRED_COLUMNS.has(column)}
                  data={options}
                  value={at === undefined ? NOT_MAPPED : String(at)}
                  onChange={(value) => choose(column, value)}
                  allowDeselect={false}
                  description={sample === null ? undefined : t('import.sample', { value: sample })}
                  inputWrapperOrder={['label', 'input', 'description']}
                  comboboxProps={{ withinPortal: true }}
                  // Mantine's dimmed grey is below 4.5:1 on white; the sample has to be readable.
                  styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
                />
              );
            })}
          </SimpleGrid>
        </Stack>
      ))}
      <StepFooter>
        <Button variant="default" onClick={onBack}>
          {t('import.back')}
        </Button>
        <Button onClick={onNext}>{t('import.toPreview')}</Button>
      </StepFooter>
    </Stack>
  );
}
