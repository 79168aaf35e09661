/**
 * The plan's milestones under the stage they belong to: who does what by when, and how it stands.
 * Late ones are marked in words ("Terlambat 12 hari") as well as in red; the next one due is marked
 * too. Editors add and change milestones in a dialog and remove them after a question.
 */
import { ActionIcon, Badge, Button, Group, Modal, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconClockHour4, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Milestone,
  type MilestoneFields,
  removeMilestone,
  setMilestone,
} from '../../../../shared/model/replication-plan';
import { useCatalog } from '../../app/hooks';
import { formatDate } from '../../catalog/innovation-format';
import { SectionCard } from '../../catalog/SectionCard';
import type { PlanView } from '../plan-view';
import { ConfirmModal } from './ConfirmModal';
import { MilestoneForm } from './MilestoneForm';
import { milestoneSchedule, milestonesByStage } from './milestone-schedule';
import { newEntryId } from './new-entry-id';
import classes from './plan.module.css';
import { MILESTONE_STATUS_BADGE } from './plan-badges';
import { usePlanCommand } from './use-plan-command';

/** The dialog's subject: a new milestone (no id yet) or the one being changed. */
type Editing = { id: string | null; fields: MilestoneFields };

export function MilestonesSection({ view, today }: { view: PlanView; today: string }) {
  const { t, i18n } = useTranslation();
  const { plan } = view;
  const run = usePlanCommand(plan.adopterCode);
  const snapshot = useCatalog();
  // What the dialogs are about outlives their "open" flag, so a closing dialog keeps its text.
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editorOpen, editor] = useDisclosure(false);
  const [removing, setRemoving] = useState<Milestone | null>(null);
  const [confirmOpen, confirm] = useDisclosure(false);
  const edit = (subject: Editing) => {
    setEditing(subject);
    editor.open();
  };
  const schedule = milestoneSchedule(plan, today);
  const groups = milestonesByStage(plan.milestones);
  const nextDue = plan.milestones.find((milestone) => milestone.id === schedule.nextDueId);
  const done = plan.milestones.filter((milestone) => milestone.status === 'selesai').length;

  const opdSuggestions = useMemo(() => {
    const names = new Set(plan.milestones.map((milestone) => milestone.ownerOpd));
    for (const entry of snapshot.entries) {
      if (entry.innovation.regionCode === plan.adopterCode) names.add(entry.innovation.opd);
    }
    return [...names].sort((a, b) => a.localeCompare(b, 'id'));
  }, [plan.milestones, plan.adopterCode, snapshot.entries]);

  const startNew = () =>
    edit({
      id: null,
      fields: { title: '', stage: plan.stage, ownerOpd: '', dueDate: today, status: 'belum', notes: '' },
    });
  const save = (fields: MilestoneFields) => {
    if (editing === null) return;
    const id = editing.id ?? newEntryId('tonggak');
    const saved = run((doc, ctx) => setMilestone(doc, plan.adopterCode, plan.id, id, fields, ctx), {
      failed: t('plan.milestone.saveFailed'),
      done:
        editing.id === null ? t('plan.milestone.added', { title: fields.title }) : t('plan.milestone.saved'),
    });
    if (saved) editor.close();
  };
  const remove = (milestone: Milestone) =>
    run((doc, ctx) => removeMilestone(doc, plan.adopterCode, plan.id, milestone.id, ctx), {
      failed: t('plan.milestone.removeFailed'),
      done: t('plan.milestone.removed', { title: milestone.title }),
    });
  const dialogTitle = editing?.id === null ? t('plan.milestone.add') : t('plan.milestone.edit');

  return (
    <SectionCard title={t('plan.milestone.title')}>
      <Group justify="space-between" align="flex-start" gap="sm" mt={-8}>
        <Stack gap={2} style={{ flex: '1 1 320px' }}>
          <Text size="sm">
            {plan.milestones.length === 0
              ? t('plan.milestone.none')
              : t('plan.milestone.summary', { count: plan.milestones.length, done })}
            {schedule.lateDays.size > 0 && (
              <Text span c="red.9" fw={600}>
                {' · '}
                {t('plan.milestone.lateCount', { count: schedule.lateDays.size })}
              </Text>
            )}
          </Text>
          {nextDue && (
            <Text size="sm" c="dimmed">
              {t('plan.milestone.nextDue', {
                title: nextDue.title,
                date: formatDate(nextDue.dueDate, i18n.language),
              })}
            </Text>
          )}
        </Stack>
        {view.canEdit && (
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={startNew}>
            {t('plan.milestone.add')}
          </Button>
        )}
      </Group>

      {groups.map(({ stage, milestones }) => (
        <Stack key={stage} gap="xs" component="section" aria-labelledby={`milestones-${stage}`}>
          <Group gap="xs">
            <Title order={3} size="h6" id={`milestones-${stage}`}>
              {t(`replicationStage.${stage}`)}
            </Title>
            {stage === plan.stage && plan.status === 'aktif' && (
              <Badge size="sm" variant="outline" color="rembug" tt="none">
                {t('plan.stage.current')}
              </Badge>
            )}
          </Group>
          {milestones.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plan.milestone.noneInStage')}
            </Text>
          ) : (
            <ul className={classes.list}>
              {milestones.map((milestone) => (
                <MilestoneItem
                  key={milestone.id}
                  milestone={milestone}
                  lateDays={schedule.lateDays.get(milestone.id) ?? null}
                  next={milestone.id === schedule.nextDueId}
                  canEdit={view.canEdit}
                  onEdit={() => {
                    const { id, updated: _updated, ...fields } = milestone;
                    edit({ id, fields });
                  }}
                  onRemove={() => {
                    setRemoving(milestone);
                    confirm.open();
                  }}
                />
              ))}
            </ul>
          )}
        </Stack>
      ))}

      <Modal opened={editorOpen} onClose={editor.close} title={dialogTitle} centered size="lg">
        {editing && (
          <MilestoneForm
            initial={() => editing.fields}
            opdSuggestions={opdSuggestions}
            label={dialogTitle}
            onSave={save}
            onCancel={editor.close}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={confirmOpen}
        title={t('plan.milestone.removeTitle')}
        body={t('plan.milestone.removeBody', { title: removing?.title ?? '' })}
        confirmLabel={t('plan.remove')}
        onConfirm={() => {
          if (removing) remove(removing);
        }}
        onClose={confirm.close}
      />
    </SectionCard>
  );
}

function MilestoneItem({
  milestone,
  lateDays,
  next,
  canEdit,
  onEdit,
  onRemove,
}: {
  milestone: Milestone;
  /** Days past its due date while still open; null when it is not late. */
  lateDays: number | null;
  next: boolean;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const status = MILESTONE_STATUS_BADGE[milestone.status];
  const late = lateDays !== null;
  return (
    <li className={classes.item} data-late={late || undefined} data-next={next || undefined}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {milestone.title}
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {milestone.ownerOpd}
            {' · '}
            <Text span inherit c={late ? 'red.9' : undefined} fw={late ? 600 : undefined}>
              {t('plan.milestone.due', { date: formatDate(milestone.dueDate, i18n.language) })}
            </Text>
          </Text>
          <Group gap={6}>
            <Badge variant="light" color={status.color} c={status.text} tt="none">
              {t(`plan.milestoneStatus.${milestone.status}`)}
            </Badge>
            {late && (
              <Badge
                variant="filled"
                color="red.8"
                tt="none"
                leftSection={<IconAlertTriangle size={14} aria-hidden="true" />}
              >
                {t('plan.milestone.late', { count: lateDays })}
              </Badge>
            )}
            {next && (
              <Badge
                variant="filled"
                color="blue.8"
                tt="none"
                leftSection={<IconClockHour4 size={14} aria-hidden="true" />}
              >
                {t('plan.milestone.next')}
              </Badge>
            )}
          </Group>
          {milestone.notes !== '' && (
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {milestone.notes}
            </Text>
          )}
        </Stack>
        {canEdit && (
          <Group gap={2} wrap="nowrap">
            <Tooltip label={t('plan.milestone.editOne', { title: milestone.title })}>
              <ActionIcon
                variant="subtle"
                size="lg"
                aria-label={t('plan.milestone.editOne', { title: milestone.title })}
                onClick={onEdit}
              >
                <IconPencil size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('plan.milestone.removeOne', { title: milestone.title })}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('plan.milestone.removeOne', { title: milestone.title })}
                onClick={onRemove}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
    </li>
  );
}
