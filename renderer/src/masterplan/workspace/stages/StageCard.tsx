/**
 * One bimtek stage: its number and name, what it asks for, its status and dates (saved as they are
 * chosen; an end before the start is marked and not saved), what has been entered, and the way to
 * the tab where the work is done. People who cannot edit read the same facts as text.
 */
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { setBimtekStage } from '../../../../../shared/model/master-plan';
import { useDocCommand } from '../../../app/use-doc-command';
import { formatDate } from '../../../catalog/innovation-format';
import { type BimtekStage, type MasterPlanView, masterPlanPath, STAGE_TAB } from '../master-plan-view';

type Status = 'belum' | 'berjalan' | 'selesai';
const STATUS_COLOR: Record<Status, { color: string; text: string }> = {
  belum: { color: 'gray', text: 'gray.8' },
  berjalan: { color: 'blue', text: 'blue.9' },
  selesai: { color: 'teal', text: 'teal.9' },
};

interface Draft {
  status: Status;
  start: string;
  end: string;
}

/** An end date before the start date: ISO dates compare as text. */
const endBeforeStart = (draft: Draft) => draft.start !== '' && draft.end !== '' && draft.end < draft.start;

export function StageCard({
  view,
  stage,
  entered,
}: {
  view: MasterPlanView;
  stage: BimtekStage;
  entered: string;
}) {
  const { t, i18n } = useTranslation();
  const run = useDocCommand(view.doc);
  const stored = view.plan.stages[stage];
  const storedDraft: Draft = {
    status: stored?.status ?? 'belum',
    start: stored?.start ?? '',
    end: stored?.end ?? '',
  };
  const [draft, setDraft] = useState<Draft>(storedDraft);
  // What someone saved (here or in another window) replaces the draft; the stamp changes on every save.
  const storedKey = stored?.updated.at ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stamp is the change signal of `stored`.
  useEffect(() => setDraft(storedDraft), [storedKey]);

  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (endBeforeStart(next)) return;
    run(
      (doc, ctx) =>
        setBimtekStage(
          doc,
          view.regionCode,
          stage,
          { status: next.status, start: next.start || null, end: next.end || null },
          ctx,
        ),
      { failed: t('masterPlan.stage.saveFailed') },
    );
  };

  const titleId = `tahap-${stage}`;
  const badge = STATUS_COLOR[draft.status];
  const shownDate = (date: string | null | undefined) => (date ? formatDate(date, i18n.language) : '…');
  return (
    <Paper component="li" withBorder radius="md" p={{ base: 'md', sm: 'lg' }} aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={36} radius="xl" variant="light" color={badge.color} aria-hidden="true">
            <Text fw={700}>{stage}</Text>
          </ThemeIcon>
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group gap="xs" wrap="wrap">
              <Title order={2} size="h4" id={titleId}>
                {t(`masterPlan.stage.name${stage}`)}
              </Title>
              {!view.canEdit && (
                <Badge variant="light" color={badge.color} c={badge.text} bg={`${badge.color}.0`} tt="none">
                  {t(`masterPlan.status.${draft.status}`)}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t(`masterPlan.stage.asks${stage}`)}
            </Text>
          </Stack>
        </Group>
        {view.canEdit ? (
          <Group gap="md" align="flex-start" wrap="wrap">
            <Stack gap={4}>
              <Text size="sm" fw={500} id={`${titleId}-status`}>
                {t('masterPlan.stage.status')}
              </Text>
              <SegmentedControl
                aria-labelledby={`${titleId}-status`}
                value={draft.status}
                onChange={(value) => change({ status: value as Status })}
                data={(['belum', 'berjalan', 'selesai'] as const).map((value) => ({
                  value,
                  label: t(`masterPlan.status.${value}`),
                }))}
              />
            </Stack>
            <TextInput
              type="date"
              label={t('masterPlan.stage.start')}
              aria-label={t('masterPlan.stage.startOf', { stage })}
              value={draft.start}
              onChange={(event) => change({ start: event.currentTarget.value })}
              w={170}
            />
            <TextInput
              type="date"
              label={t('masterPlan.stage.end')}
              aria-label={t('masterPlan.stage.endOf', { stage })}
              value={draft.end}
              min={draft.start || undefined}
              onChange={(event) => change({ end: event.currentTarget.value })}
              error={endBeforeStart(draft) ? t('masterPlan.stage.endBeforeStart') : undefined}
              w={170}
              styles={{ error: { color: 'var(--mantine-color-red-9)' } }}
            />
          </Group>
        ) : (
          (stored?.start || stored?.end) && (
            <Text size="sm">
              {t('masterPlan.stage.period', { start: shownDate(stored?.start), end: shownDate(stored?.end) })}
            </Text>
          )
        )}
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm" fw={500}>
            {entered}
          </Text>
          <Button
            component={Link}
            to={masterPlanPath(view.regionCode, STAGE_TAB[stage])}
            variant="subtle"
            size="sm"
            rightSection={<IconArrowRight size={16} />}
          >
            {view.canEdit ? t(`masterPlan.stage.link${stage}`) : t(`masterPlan.stage.view${stage}`)}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
