/**
 * The evaluation's before/after figures, which the IID "replikasi" indicator asks a replicating
 * region to show, with the change each figure made. Editors add, change and remove figures; the list
 * is saved whole with the plan.
 */
import {
  ActionIcon,
  Box,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EvaluationFigure, updateReplicationPlan } from '../../../../shared/model/replication-plan';
import { formatNumber } from '../../catalog/innovation-format';
import { SectionCard } from '../../catalog/SectionCard';
import type { PlanView } from '../plan-view';
import { ConfirmModal } from './ConfirmModal';
import { EvaluationFigureForm, type FigureValues, figureValuesOf } from './EvaluationFigureForm';
import { formatPercentChange, percentChange } from './evaluation-change';
import { newEntryId } from './new-entry-id';
import classes from './plan.module.css';
import { usePlanCommand } from './use-plan-command';

/** Figures a plan may hold (the model's limit). */
const MAX_FIGURES = 30;

export function EvaluationSection({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { plan } = view;
  const run = usePlanCommand(plan.adopterCode);
  // What the dialogs are about outlives their "open" flag, so a closing dialog keeps its text.
  const [editing, setEditing] = useState<{ isNew: boolean; values: FigureValues } | null>(null);
  const [editorOpen, editor] = useDisclosure(false);
  const [removing, setRemoving] = useState<EvaluationFigure | null>(null);
  const [confirmOpen, confirm] = useDisclosure(false);
  const figures = plan.evaluation;

  const saveAll = (evaluation: EvaluationFigure[], done: string) =>
    run((doc, ctx) => updateReplicationPlan(doc, plan.adopterCode, plan.id, { evaluation }, ctx), {
      failed: t('plan.evaluation.saveFailed'),
      done,
    });
  const save = (figure: EvaluationFigure) => {
    const exists = figures.some((other) => other.id === figure.id);
    const next = exists
      ? figures.map((other) => (other.id === figure.id ? figure : other))
      : [...figures, figure];
    if (saveAll(next, t('plan.evaluation.saved', { indicator: figure.indicator }))) editor.close();
  };
  const startNew = () => {
    setEditing({
      isNew: true,
      values: { id: newEntryId('angka'), indicator: '', unit: '', before: '', after: '', note: '' },
    });
    editor.open();
  };
  const startEdit = (figure: EvaluationFigure) => {
    setEditing({ isNew: false, values: figureValuesOf(figure) });
    editor.open();
  };
  const startRemove = (figure: EvaluationFigure) => {
    setRemoving(figure);
    confirm.open();
  };
  const dialogTitle = editing?.isNew ? t('plan.evaluation.add') : t('plan.evaluation.edit');

  return (
    <SectionCard title={t('plan.evaluation.title')}>
      <Group justify="space-between" align="flex-start" gap="sm" mt={-8}>
        <Text size="sm" c="dimmed" style={{ flex: '1 1 320px' }}>
          {t('plan.evaluation.intro')}
        </Text>
        {view.canEdit && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={startNew}
            disabled={figures.length >= MAX_FIGURES}
          >
            {t('plan.evaluation.add')}
          </Button>
        )}
      </Group>
      {figures.length === 0 ? (
        <Text size="sm" c="dimmed">
          {view.canEdit ? t('plan.evaluation.emptyEditor') : t('plan.evaluation.empty')}
        </Text>
      ) : (
        <FigureList figures={figures} canEdit={view.canEdit} onEdit={startEdit} onRemove={startRemove} />
      )}

      <Modal opened={editorOpen} onClose={editor.close} title={dialogTitle} centered size="lg">
        {editing && (
          <EvaluationFigureForm
            key={editing.values.id}
            initial={() => editing.values}
            label={dialogTitle}
            onSave={save}
            onCancel={editor.close}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={confirmOpen}
        title={t('plan.evaluation.removeTitle')}
        body={t('plan.evaluation.removeBody', { indicator: removing?.indicator ?? '' })}
        confirmLabel={t('plan.remove')}
        onConfirm={() => {
          if (removing) {
            saveAll(
              figures.filter((figure) => figure.id !== removing.id),
              t('plan.evaluation.removed', { indicator: removing.indicator }),
            );
          }
        }}
        onClose={confirm.close}
      />
    </SectionCard>
  );
}

interface FigureListProps {
  figures: readonly EvaluationFigure[];
  canEdit: boolean;
  onEdit: (figure: EvaluationFigure) => void;
  onRemove: (figure: EvaluationFigure) => void;
}

/** A table from tablets up; one card per figure on phones. */
function FigureList({ figures, canEdit, onEdit, onRemove }: FigureListProps) {
  const { t, i18n } = useTranslation();
  const amount = (value: number | null, unit: string) =>
    value === null ? (
      <Text span c="dimmed" size="sm">
        {t('plan.evaluation.notMeasured')}
      </Text>
    ) : (
      `${formatNumber(value)}${unit === '' ? '' : `\u00a0${unit}`}`
    );
  const change = (figure: EvaluationFigure) => {
    const percent = percentChange(figure.before, figure.after);
    return percent === null ? (
      <Text span c="dimmed" size="sm">
        {t('plan.evaluation.noChange')}
      </Text>
    ) : (
      <Text span fw={700} style={{ whiteSpace: 'nowrap' }}>
        {formatPercentChange(percent, i18n.language)}
      </Text>
    );
  };
  const actions = (figure: EvaluationFigure) =>
    canEdit && (
      <Group gap={2} wrap="nowrap" justify="flex-end">
        <Tooltip label={t('plan.evaluation.editOne', { indicator: figure.indicator })}>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('plan.evaluation.editOne', { indicator: figure.indicator })}
            onClick={() => onEdit(figure)}
          >
            <IconPencil size={18} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('plan.evaluation.removeOne', { indicator: figure.indicator })}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('plan.evaluation.removeOne', { indicator: figure.indicator })}
            onClick={() => onRemove(figure)}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    );

  return (
    <>
      <Box visibleFrom="sm">
        <Table verticalSpacing="sm" aria-label={t('plan.evaluation.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plan.evaluation.indicator')}</Table.Th>
              <Table.Th ta="right">{t('plan.evaluation.before')}</Table.Th>
              <Table.Th ta="right">{t('plan.evaluation.after')}</Table.Th>
              <Table.Th ta="right">{t('plan.evaluation.change')}</Table.Th>
              {canEdit && (
                <Table.Th>
                  <VisuallyHidden>{t('plan.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.map((figure) => (
              <Table.Tr key={figure.id}>
                <Table.Td>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {figure.indicator}
                  </Text>
                  {figure.note !== '' && (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {figure.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{amount(figure.before, figure.unit)}</Table.Td>
                <Table.Td ta="right">{amount(figure.after, figure.unit)}</Table.Td>
                <Table.Td ta="right">{change(figure)}</Table.Td>
                {canEdit && <Table.Td>{actions(figure)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack
        hiddenFrom="sm"
        gap="xs"
        component="ul"
        className={classes.list}
        aria-label={t('plan.evaluation.tableLabel')}
      >
        {figures.map((figure) => (
          <li key={figure.id} className={classes.item}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={4} miw={0}>
                <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {figure.indicator}
                </Text>
                <Text size="sm">
                  {t('plan.evaluation.beforeAfter')} {amount(figure.before, figure.unit)} →{' '}
                  {amount(figure.after, figure.unit)}
                </Text>
                <Text size="sm">
                  {t('plan.evaluation.change')}: {change(figure)}
                </Text>
                {figure.note !== '' && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {figure.note}
                  </Text>
                )}
              </Stack>
              {actions(figure)}
            </Group>
          </li>
        ))}
      </Stack>
    </>
  );
}
