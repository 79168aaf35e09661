/** Step one of the import: pick or drop an .xlsx/.csv file, or download a template to fill in. */
import { Button, FileButton, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogTable } from '../../../shared/catalog/export';
import { guessMapping, IMPORT_COLUMNS } from '../../../shared/catalog/import';
import { showSaved } from '../desktop/feedback';
import { downloadFile, XLSX_TYPE } from './download';
import { catalogWorkbook } from './spreadsheet';

/** What the file picker offers; the content decides in the end (see readSheet). */
export const SHEET_ACCEPT =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** The export's own headers, in import order: a template the import reads with no remapping. */
async function downloadTemplate(): Promise<void> {
  const [exportHeader = []] = catalogTable([], { regionName: (code) => code, pillarName: (id) => id });
  const mapping = guessMapping(exportHeader);
  const header = IMPORT_COLUMNS.flatMap((column) => {
    const at = mapping[column];
    return at === undefined ? [] : [exportHeader[at] ?? column];
  });
  const outcome = await downloadFile(
    await catalogWorkbook([header]),
    'templat-impor-inovasi.xlsx',
    XLSX_TYPE,
  );
  // A browser shows its own download; the desktop's save dialog closes without a trace, so say where.
  if (outcome.saved && outcome.desktop) showSaved(outcome.file);
}

/**
 * The file picker. Reset after every choice: a person who fixed the sheet in Excel picks the very same
 * file again, and an input whose value did not change fires no change event.
 */
export function SheetFileButton({
  label,
  onChoose,
  variant,
  disabled = false,
}: {
  label: string;
  onChoose: (file: File) => void;
  variant: 'filled' | 'default';
  disabled?: boolean;
}) {
  const reset = useRef<() => void>(null);
  return (
    <FileButton
      resetRef={reset}
      accept={SHEET_ACCEPT}
      disabled={disabled}
      onChange={(file) => {
        reset.current?.();
        if (file) onChoose(file);
      }}
    >
      {(props) => (
        <Button {...props} variant={variant} disabled={disabled} leftSection={<IconUpload size={16} />}>
          {label}
        </Button>
      )}
    </FileButton>
  );
}

export function ImportChooseStep({
  reading,
  onChoose,
}: {
  /** The file being read, if any. */
  reading: string | null;
  onChoose: (file: File) => void;
}) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onChoose(file);
  };

  return (
    <Stack gap="md">
      <Paper
        withBorder
        p="xl"
        radius="md"
        bg={dragging ? 'var(--mantine-color-rembug-0)' : 'var(--mantine-color-gray-0)'}
        style={{ borderStyle: 'dashed', borderWidth: 2 }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Stack align="center" gap="sm" ta="center">
          <IconFileSpreadsheet size={40} stroke={1.4} color="var(--mantine-color-rembug-7)" aria-hidden />
          <Text fw={500}>{t('import.dropHint')}</Text>
          {reading ? (
            <Group gap="xs" role="status">
              <Loader size="sm" />
              <Text size="sm">{t('import.reading', { file: reading })}</Text>
            </Group>
          ) : (
            <SheetFileButton label={t('import.chooseFile')} onChoose={onChoose} variant="filled" />
          )}
          <Text size="xs" c="gray.7">
            {t('import.limits')}
          </Text>
        </Stack>
      </Paper>
      <Stack gap={4} align="flex-start">
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconDownload size={14} />}
          onClick={() =>
            downloadTemplate().catch((error: unknown) => {
              console.error('import template failed', error);
              notifications.show({ color: 'red', message: t('export.failed', { reason: String(error) }) });
            })
          }
        >
          {t('import.template')}
        </Button>
        <Text size="xs" c="gray.7">
          {t('import.templateHint')}
        </Text>
      </Stack>
    </Stack>
  );
}
