/**
 * "Linimasa": the milestones of the plans as a Gantt chart — my region's plans, or the whole area's —
 * with a table of the same milestones for whoever prefers (or needs) one. Scope and form live in the
 * URL (?lingkup=kawasan&tampilan=tabel).
 */
import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCatalog } from '../../app/hooks';
import { useSession } from '../../app/session';
import { regionLabel } from '../../data/catalog-store';
import { planStatusRows } from '../plan-rows';
import { TimelineChart } from './TimelineChart';
import { TimelineTable } from './TimelineTable';
import { timelineLayout } from './timeline';
import { useToday } from './use-today';

export function TimelineView() {
  const { t } = useTranslation();
  const { profile } = useSession();
  const snapshot = useCatalog();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const myCode = profile.region;
  const areaWide = myCode === null || params.get('lingkup') === 'kawasan';
  const asTable = params.get('tampilan') === 'tabel';
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const rows = useMemo(() => {
    const plans = areaWide
      ? [...snapshot.plans.values()].flat()
      : [...(snapshot.plans.get(myCode ?? '') ?? [])];
    return planStatusRows(plans, snapshot, today).sort(
      (a, b) =>
        a.adopterName.localeCompare(b.adopterName, 'id') ||
        a.innovationName.localeCompare(b.innovationName, 'id') ||
        a.key.localeCompare(b.key),
    );
  }, [snapshot, areaWide, myCode, today]);
  const layout = useMemo(
    () =>
      timelineLayout(
        rows.map((row) => row.plan),
        today,
      ),
    [rows, today],
  );
  const milestones = rows.reduce((sum, row) => sum + row.plan.milestones.length, 0);
  const late = rows.reduce((sum, row) => sum + row.progress.overdue.length, 0);

  return (
    <Stack gap="md" component="section" aria-labelledby="timeline-title">
      <Stack gap={2}>
        <Title order={2} size="h3" id="timeline-title">
          {areaWide
            ? t('replicationArea.timeline.titleArea')
            : t('replicationArea.timeline.titleMine', { region: regionLabel(myCode ?? '') })}
        </Title>
        {rows.length > 0 && (
          <Text c="dimmed" size="sm">
            {late > 0
              ? t('replicationArea.timeline.summaryLate', { plans: rows.length, milestones, late })
              : t('replicationArea.timeline.summary', { plans: rows.length, milestones })}
          </Text>
        )}
      </Stack>
      <Group gap="sm">
        {myCode !== null && (
          <SegmentedControl
            aria-label={t('replicationArea.timeline.scope')}
            value={areaWide ? 'kawasan' : 'daerah'}
            onChange={(value) => setParam('lingkup', value === 'kawasan' ? 'kawasan' : null)}
            data={[
              { value: 'daerah', label: t('replicationArea.timeline.scopeMine') },
              { value: 'kawasan', label: t('replicationArea.timeline.scopeArea') },
            ]}
          />
        )}
        <SegmentedControl
          aria-label={t('replicationArea.timeline.form')}
          value={asTable ? 'tabel' : 'bagan'}
          onChange={(value) => setParam('tampilan', value === 'tabel' ? 'tabel' : null)}
          data={[
            { value: 'bagan', label: t('replicationArea.timeline.formChart') },
            { value: 'tabel', label: t('replicationArea.timeline.formTable') },
          ]}
        />
      </Group>
      {rows.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm" align="flex-start">
            <Text c="dimmed" size="sm">
              {areaWide ? t('replicationArea.timeline.emptyArea') : t('replicationArea.timeline.emptyMine')}
            </Text>
            {!areaWide && (
              <Button variant="light" onClick={() => setParam('lingkup', 'kawasan')}>
                {t('replicationArea.timeline.showArea')}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : asTable ? (
        <TimelineTable rows={rows} layout={layout} />
      ) : (
        <TimelineChart rows={rows} layout={layout} today={today} />
      )}
    </Stack>
  );
}
