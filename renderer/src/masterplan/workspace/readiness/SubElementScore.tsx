/**
 * One readiness sub-element: its score 1–5 (saved when chosen) and notes (saved when the box is
 * left). Notes need a score first, as the model keeps them together. Read-only people see both as text.
 */
import { Group, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type READINESS,
  type ReadinessElement,
  scoreReadiness,
} from '../../../../../shared/model/master-plan';
import { useDocCommand } from '../../../app/use-doc-command';
import type { MasterPlanView } from '../master-plan-view';

type Sub = (typeof READINESS)[ReadinessElement][number];
const SCORES = ['1', '2', '3', '4', '5'] as const;

export function SubElementScore({
  view,
  element,
  sub,
}: {
  view: MasterPlanView;
  element: ReadinessElement;
  sub: Sub;
}) {
  const { t } = useTranslation();
  const run = useDocCommand(view.doc);
  const stored = (view.plan.readiness[element] as Partial<Record<Sub, { score: number; notes: string }>>)[
    sub
  ];
  const [notes, setNotes] = useState(stored?.notes ?? '');
  // A save (here or elsewhere) brings the stored notes in.
  useEffect(() => setNotes(stored?.notes ?? ''), [stored?.notes]);
  const name = t(`masterPlan.readiness.sub.${sub}`);
  const labelId = `skor-${element}-${sub}`;

  const save = (score: number, nextNotes: string) =>
    run((doc, ctx) => scoreReadiness(doc, view.regionCode, element, sub, { score, notes: nextNotes }, ctx), {
      failed: t('masterPlan.readiness.saveFailed'),
    });

  if (!view.canEdit)
    return (
      <Paper withBorder radius="sm" p="sm">
        <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
          <Stack gap={2} miw={0}>
            <Text fw={600} size="sm">
              {name}
            </Text>
            {stored?.notes && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {stored.notes}
              </Text>
            )}
          </Stack>
          {stored ? (
            <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('masterPlan.readiness.scoreOf', { score: stored.score })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('masterPlan.readiness.notScored')}
            </Text>
          )}
        </Group>
      </Paper>
    );

  return (
    <Paper withBorder radius="sm" p="sm">
      <Stack gap="xs">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text fw={600} size="sm" id={labelId}>
            {name}
          </Text>
          <SegmentedControl
            aria-label={t('masterPlan.readiness.scoreLabel', { sub: name })}
            value={stored ? String(stored.score) : ''}
            onChange={(value) => save(Number(value), notes)}
            data={SCORES.map((score) => ({
              value: score,
              label: score,
            }))}
            size="sm"
          />
        </Group>
        <Textarea
          aria-label={t('masterPlan.readiness.notesLabel', { sub: name })}
          placeholder={
            stored ? t('masterPlan.readiness.notesPlaceholder') : t('masterPlan.readiness.notesNeedScore')
          }
          disabled={!stored}
          autosize
          minRows={1}
          maxRows={5}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          onBlur={() => {
            if (stored && notes !== stored.notes) save(stored.score, notes);
          }}
        />
      </Stack>
    </Paper>
  );
}
