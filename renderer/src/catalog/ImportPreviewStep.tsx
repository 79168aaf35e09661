/**
 * Step three of the import: how many rows are ready, every problem by sheet row and column, and the
 * import button — disabled while any problem remains, because an import is all rows or none.
 */
import { Alert, Badge, Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportPreview, RowProblem } from '../../../shared/catalog/import';
import { foldText } from '../../../shared/catalog/search';
import { useCatalog } from '../app/hooks';
import { regionLabel } from '../data/catalog-store';
import { SheetFileButton } from './ImportChooseStep';
import { type ChosenSheet, SheetSummary, StepFooter } from './ImportStepParts';
import { columnLetter } from './spreadsheet';

/** Enough to fix a sheet by; a sheet with more problems is usually one wrong column mapping. */
const SHOWN_PROBLEMS = 200;
const SHOWN_DUPLICATES = 3;

export function ImportPreviewStep({
  region,
  sheet,
  mapping,
  preview,
  reading,
  onChooseAgain,
  onBack,
  onImport,
}: {
  region: string;
  sheet: ChosenSheet;
  mapping: ColumnMapping;
  preview: ImportPreview;
  reading: string | null;
  onChooseAgain: (file: File) => void;
  onBack: () => void;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const problems = preview.problems;
  const ready = preview.rows.length;
  const canImport = problems.length === 0 && ready > 0;

  // Importing the same sheet twice makes twice the entries: say so before, not after.
  const duplicates = useMemo(() => {
    const existing = new Set(
      catalog.entries
        .filter((entry) => entry.innovation.regionCode === region)
        .map((entry) => foldText(entry.innovation.name).trim()),
    );
    return preview.rows.map((row) => row.fields.name).filter((name) => existing.has(foldText(name).trim()));
  }, [catalog, region, preview]);

  return (
    <Stack gap="md">
      <SheetSummary sheet={sheet} />
      <Group gap="xs">
        <Badge color="teal" variant="light" size="lg" radius="sm" tt="none">
          {t('import.ready', { count: ready })}
        </Badge>
        {problems.length > 0 && (
          <Badge color="red" variant="light" size="lg" radius="sm" tt="none">
            {t('import.problems', { count: problems.length })}
          </Badge>
        )}
      </Group>

      {problems.length > 0 ? (
        <>
          <Alert color="red" icon={<IconAlertTriangle size={18} />}>
            {t('import.allOrNothing')}
          </Alert>
          <ProblemTable problems={problems} sheet={sheet} mapping={mapping} />
        </>
      ) : ready === 0 ? (
        <Alert color="gray" icon={<IconInfoCircle size={18} />}>
          {t('import.nothingToImport')}
        </Alert>
      ) : (
        <Alert color="teal" icon={<IconCircleCheck size={18} />}>
          {t('import.noProblems')}
        </Alert>
      )}

      {duplicates.length > 0 && (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />}>
          {t('import.duplicates', {
            count: duplicates.length,
            region: regionLabel(region),
            names:
              duplicates.slice(0, SHOWN_DUPLICATES).join(', ') +
              (duplicates.length > SHOWN_DUPLICATES ? ', …' : ''),
          })}
        </Alert>
      )}

      <StepFooter>
        <Button variant="default" onClick={onBack}>
          {t('import.back')}
        </Button>
        <Group gap="sm">
          <SheetFileButton
            label={reading ? t('import.reading', { file: reading }) : t('import.chooseAnother')}
            onChoose={onChooseAgain}
            variant="default"
            disabled={reading !== null}
          />
          <Button onClick={onImport} disabled={!canImport}>
            {t('import.submit', { count: ready })}
          </Button>
        </Group>
      </StepFooter>
    </Stack>
  );
}

function ProblemTable({
  problems,
  sheet,
  mapping,
}: {
  problems: readonly RowProblem[];
  sheet: ChosenSheet;
  mapping: ColumnMapping;
}) {
  const { t } = useTranslation();
  // previewImport counts the header as row 1; the sheet may have blank rows above its header.
  const offset = sheet.table.headerRow - 1;
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  const shown = sorted.slice(0, SHOWN_PROBLEMS);
  return (
    <Stack gap={4}>
      <ScrollArea.Autosize mah={300} type="auto">
        <Table striped stickyHeader verticalSpacing="xs" aria-label={t('import.problemsLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t('import.problemRow')}</Table.Th>
              <Table.Th w="30%">{t('import.problemColumn')}</Table.Th>
              <Table.Th>{t('import.problemMessage')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((problem, index) => {
              const at = problem.column === null ? undefined : mapping[problem.column];
              return (
                // Problems have no identity of their own; the list is rebuilt, never reordered.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <Table.Tr key={index}>
                  <Table.Td>{problem.row + offset}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {problem.column === null ? '—' : t(`import.column.${problem.column}`)}
                    </Text>
                    {at !== undefined && (
                      <Text size="xs" c="gray.7">
                        {t('import.columnRef', {
                          letter: columnLetter(at),
                          header: sheet.table.header[at] || t('import.untitledColumn'),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {sentence(problem.message)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {sorted.length > shown.length && (
        <Text size="xs" c="gray.7">
          {t('import.moreProblems', { count: sorted.length - shown.length })}
        </Text>
      )}
    </Stack>
  );
}

/** The model words its problems in lower case, as fragments; a table cell reads better as a sentence. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
