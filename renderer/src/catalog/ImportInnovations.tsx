/**
 * "Impor" in the catalog toolbar, for a region editor: innovations from an Excel or CSV sheet into
 * the person's own region, in three steps — choose the file, match its columns, check every row —
 * and then all rows in one transaction, or none while any row has a problem.
 */
import { Alert, Button, Modal, Stack, Stepper, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconTableImport } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyImport,
  type ColumnMapping,
  guessMapping,
  type ImportPreview,
  previewImport,
} from '../../../shared/catalog/import';
import { type Locale, type Message, translate } from '../../../shared/i18n/index';
import { useArea } from '../app/hooks';
import { useSession } from '../app/session';
import { regionLabel } from '../data/catalog-store';
import { ImportChooseStep } from './ImportChooseStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import type { ChosenSheet } from './ImportStepParts';
import { MAX_SHEET_BYTES, preloadExcelJs, readSheet, type SheetProblem, type SheetRead } from './spreadsheet';

export function ImportInnovations() {
  const { t } = useTranslation();
  const { profile } = useSession();
  const [opened, modal] = useDisclosure(false);
  // A new key per opening: every import starts from step one, with nothing left from the last.
  const [run, setRun] = useState(0);
  const phone = useMediaQuery('(max-width: 36em)');
  if (profile.role !== 'regionEditor' || profile.region === null) return null;
  const region = profile.region;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconTableImport size={16} />}
        onClick={() => {
          setRun((n) => n + 1);
          modal.open();
          preloadExcelJs();
        }}
      >
        {t('import.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={modal.close}
        title={t('import.title')}
        size="xl"
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('import.close') }}
        styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <ImportFlow key={run} region={region} compact={phone === true} onDone={modal.close} />
      </Modal>
    </>
  );
}

type Stage =
  | { step: 'choose' }
  | { step: 'map'; sheet: ChosenSheet; mapping: ColumnMapping }
  | { step: 'preview'; sheet: ChosenSheet; mapping: ColumnMapping; preview: ImportPreview };

const STEPS = ['choose', 'map', 'preview'] as const;
const STEP_INDEX = { choose: 0, map: 1, preview: 2 } as const;

const sameHeader = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((cell, i) => cell === b[i]);

function sheetProblemText(t: TFunction, problem: SheetProblem, file: string): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('import.sheet.tooLarge', { file, maxMb: problem.maxMb });
    case 'tooManyRows':
      return t('import.sheet.tooManyRows', { file, rows: problem.rows, max: problem.max });
    default:
      return t(`import.sheet.${problem.kind}`, { file });
  }
}

function ImportFlow({ region, compact, onDone }: { region: string; compact: boolean; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { workspace, ctx } = useSession();
  const area = useArea();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [reading, setReading] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<{ problem: SheetProblem; fileName: string } | null>(null);
  const [refusal, setRefusal] = useState<Message | null>(null);
  // Only the latest chosen file counts, even if an earlier, larger one finishes reading later.
  const latestRead = useRef(0);

  const preview = (sheet: ChosenSheet, mapping: ColumnMapping): Stage => ({
    step: 'preview',
    sheet,
    mapping,
    preview: previewImport(sheet.table.rows, mapping, area.pillars),
  });

  const choose = async (file: File) => {
    const readId = ++latestRead.current;
    setFileProblem(null);
    setRefusal(null);
    if (file.size > MAX_SHEET_BYTES) {
      setFileProblem({
        problem: { kind: 'tooLarge', maxMb: MAX_SHEET_BYTES / 1024 / 1024 },
        fileName: file.name,
      });
      return;
    }
    setReading(file.name);
    const read = await file
      .arrayBuffer()
      .then((data) => readSheet(file.name, data))
      .catch((error: unknown): SheetRead => {
        // The file vanished or is locked by another program between choosing and reading (readSheet
        // itself answers every malformed file with a value).
        console.warn('chosen file could not be read', error);
        return { ok: false, error: { kind: 'corrupt' } };
      });
    if (readId !== latestRead.current) return;
    setReading(null);
    if (!read.ok) {
      setFileProblem({ problem: read.error, fileName: file.name });
      return;
    }
    const sheet = { fileName: file.name, table: read.value };
    // The same sheet chosen again after fixing it: the person already confirmed this mapping.
    setStage((current) =>
      current.step !== 'choose' && sameHeader(current.sheet.table.header, sheet.table.header)
        ? preview(sheet, current.mapping)
        : { step: 'map', sheet, mapping: guessMapping(sheet.table.header) },
    );
  };

  const apply = (ready: ImportPreview) => {
    const synced = workspace.region(region);
    if (!synced) {
      setRefusal({ key: 'import.regionNotOpen', params: { region: regionLabel(region) } });
      return;
    }
    const result = applyImport(synced.doc, region, ready, ctx);
    if (!result.ok) {
      setRefusal(result.error);
      return;
    }
    notifications.show({
      color: 'teal',
      message: t('import.done', { count: result.value.length, region: regionLabel(region) }),
    });
    onDone();
  };

  const problemText = fileProblem ? sheetProblemText(t, fileProblem.problem, fileProblem.fileName) : null;
  const locale: Locale = i18n.language === 'en' ? 'en' : 'id';

  return (
    <Stack gap="md">
      {compact ? (
        // Three labelled steps do not fit 390 px; a phone gets the same information as one line.
        <Text size="sm" fw={600}>
          {t('import.stepOf', {
            step: STEP_INDEX[stage.step] + 1,
            total: STEPS.length,
            label: t(`import.step.${stage.step}`),
          })}
        </Text>
      ) : (
        <Stepper active={STEP_INDEX[stage.step]} size="sm" allowNextStepsSelect={false}>
          {STEPS.map((step) => (
            <Stepper.Step key={step} label={t(`import.step.${step}`)} />
          ))}
        </Stepper>
      )}
      <Text size="sm" c="gray.7">
        {t('import.intoRegion', { region: regionLabel(region) })}
      </Text>
      {problemText && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
          {problemText}
        </Alert>
      )}
      {refusal && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
          {t('import.failed', { reason: translate(locale, refusal) })}
        </Alert>
      )}
      {stage.step === 'choose' && <ImportChooseStep reading={reading} onChoose={choose} />}
      {stage.step === 'map' && (
        <ImportMappingStep
          sheet={stage.sheet}
          mapping={stage.mapping}
          onChange={(mapping) => setStage({ ...stage, mapping })}
          onBack={() => setStage({ step: 'choose' })}
          onNext={() => setStage(preview(stage.sheet, stage.mapping))}
        />
      )}
      {stage.step === 'preview' && (
        <ImportPreviewStep
          region={region}
          sheet={stage.sheet}
          mapping={stage.mapping}
          preview={stage.preview}
          reading={reading}
          onChooseAgain={choose}
          onBack={() => setStage({ step: 'map', sheet: stage.sheet, mapping: stage.mapping })}
          onImport={() => apply(stage.preview)}
        />
      )}
    </Stack>
  );
}
