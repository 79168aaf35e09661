/**
 * The Gantt chart: one band per plan, one row per milestone, bars coloured by milestone status, late
 * ones striped red and labelled "Terlambat", a line at today and month ticks. Each bar is a link to
 * its plan whose name says everything the bar shows, so the chart reads without seeing it.
 */
import { Group, Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MilestoneStatus } from '../../../../shared/model/replication-plan';
import { formatDate, intlLocale } from '../../catalog/innovation-format';
import { daysBetween } from '../dates';
import { PlanLink } from '../PlansTable';
import type { PlanStatusRow } from '../plan-rows';
import { planPath } from '../plan-view';
import classes from './area.module.css';
import { type TimelineBar, type TimelineLayout, timelineScale } from './timeline';
import { usePlanLabels } from './use-plan-labels';

export interface TimelineChartProps {
  /** The plans, in the layout's group order. */
  rows: readonly PlanStatusRow[];
  layout: TimelineLayout;
  today: string;
}

const BAR_CLASS: Readonly<Record<MilestoneStatus, string | undefined>> = {
  belum: classes.barBelum,
  berjalan: classes.barBerjalan,
  selesai: classes.barSelesai,
  tertunda: classes.barTertunda,
};

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

export function TimelineChart({ rows, layout, today }: TimelineChartProps) {
  const { t, i18n } = useTranslation();
  const labels = usePlanLabels();
  const monthFormat = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  const showAdopter = new Set(rows.map((row) => row.plan.adopterCode)).size > 1;
  const frame = useElementSize<HTMLElement>();
  const scale = timelineScale(frame.width, layout.months.length);
  const gridStyle = {
    '--months': layout.months.length,
    '--label-width': `${scale.labelWidth}px`,
    '--month-width': `${scale.monthWidth}px`,
  } as CSSProperties;

  const barLabel = (row: PlanStatusRow, bar: TimelineBar) => {
    const base = t('replicationArea.timeline.barLabel', {
      milestone: bar.milestone.title,
      innovation: row.innovationName,
      adopter: row.adopterName,
      start: formatDate(bar.start, i18n.language),
      due: formatDate(bar.milestone.dueDate, i18n.language),
      status: labels.milestone[bar.milestone.status],
    });
    return bar.overdue
      ? `${base} ${t('replicationArea.timeline.barLate', { days: daysBetween(bar.milestone.dueDate, today) })}`
      : base;
  };

  return (
    <Stack gap="xs">
      <Legend />
      <section
        ref={frame.ref}
        className={classes.timelineFrame}
        aria-label={t('replicationArea.timeline.chartLabel')}
      >
        <div className={classes.timeline} style={gridStyle}>
          <div className={classes.overlay} aria-hidden="true">
            {layout.months.map((month) => (
              <span key={month.start} className={classes.monthLine} style={{ left: percent(month.left) }} />
            ))}
            <span className={classes.todayLine} style={{ left: percent(layout.today) }} />
          </div>
          <div className={`${classes.timelineLabel} ${classes.timelineHeader}`}>
            {t('replicationArea.timeline.labelColumn')}
          </div>
          <div className={`${classes.track} ${classes.timelineHeader}`} aria-hidden="true">
            {layout.months
              .filter((_, index) => index % scale.labelEvery === 0)
              .map((month) => (
                <span key={month.start} className={classes.monthLabel} style={{ left: percent(month.left) }}>
                  {monthFormat.format(new Date(`${month.start}T00:00:00Z`))}
                </span>
              ))}
            <span
              className={classes.todayTag}
              // Centred on the line, but never pushed out of the chart at either end.
              style={{
                left: percent(layout.today),
                transform: `translateX(${layout.today > 0.9 ? -100 : layout.today < 0.1 ? 0 : -50}%)`,
              }}
            >
              {t('replicationArea.timeline.today')}
            </span>
          </div>
          {layout.groups.map((group, index) => {
            const row = rows[index];
            if (!row) return null;
            return (
              <PlanBand
                key={row.key}
                row={row}
                bars={group.bars}
                showAdopter={showAdopter}
                barLabel={barLabel}
              />
            );
          })}
        </div>
      </section>
    </Stack>
  );
}

function PlanBand({
  row,
  bars,
  showAdopter,
  barLabel,
}: {
  row: PlanStatusRow;
  bars: readonly TimelineBar[];
  showAdopter: boolean;
  barLabel: (row: PlanStatusRow, bar: TimelineBar) => string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className={`${classes.timelineLabel} ${classes.groupRow}`}>
        <PlanLink row={row} />
        {showAdopter && (
          <Text size="xs" c="dimmed" truncate>
            {row.adopterName}
          </Text>
        )}
      </div>
      <div className={`${classes.track} ${classes.groupRow}`}>
        {bars.length === 0 && (
          <Text size="xs" c="dimmed" px="xs" py={8}>
            {t('replicationArea.timeline.noMilestones')}
          </Text>
        )}
      </div>
      {bars.map((bar) => (
        <MilestoneRow
          key={bar.milestone.id}
          row={row}
          bar={bar}
          label={barLabel(row, bar)}
          language={i18n.language}
        />
      ))}
    </>
  );
}

function MilestoneRow({
  row,
  bar,
  label,
  language,
}: {
  row: PlanStatusRow;
  bar: TimelineBar;
  label: string;
  language: string;
}) {
  const { t } = useTranslation();
  const barClass = bar.overdue ? classes.barLate : BAR_CLASS[bar.milestone.status];
  return (
    <>
      <div className={classes.timelineLabel}>
        <Text size="xs" fw={500} truncate title={bar.milestone.title}>
          {bar.milestone.title}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatDate(bar.milestone.dueDate, language)}
          </Text>
          {bar.overdue && (
            <Text size="xs" fw={700} c="red.9">
              {t('replicationArea.timeline.late')}
            </Text>
          )}
        </Group>
      </div>
      <div className={classes.track}>
        <Link
          to={planPath(row.plan)}
          className={`${classes.bar} ${barClass ?? ''}`}
          style={{ left: percent(bar.left), width: percent(bar.width) }}
          aria-label={label}
          title={label}
        >
          {bar.overdue && (
            <span className={classes.lateMark} aria-hidden="true">
              !
            </span>
          )}
        </Link>
      </div>
    </>
  );
}

function Legend() {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const items: { key: string; className: string | undefined; label: string }[] = [
    { key: 'belum', className: classes.barBelum, label: labels.milestone.belum },
    { key: 'berjalan', className: classes.barBerjalan, label: labels.milestone.berjalan },
    { key: 'selesai', className: classes.barSelesai, label: labels.milestone.selesai },
    { key: 'tertunda', className: classes.barTertunda, label: labels.milestone.tertunda },
    { key: 'late', className: classes.barLate, label: t('replicationArea.timeline.late') },
  ];
  return (
    <Group gap="md" wrap="wrap" aria-label={t('replicationArea.timeline.legend')} role="group">
      {items.map((item) => (
        <Group key={item.key} gap={6} wrap="nowrap">
          <span className={`${classes.legendBar} ${item.className ?? ''}`} aria-hidden="true" />
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
      <Group gap={6} wrap="nowrap">
        <span
          aria-hidden="true"
          style={{ width: 2, height: 14, background: 'var(--mantine-color-red-9)', display: 'inline-block' }}
        />
        <Text size="xs">{t('replicationArea.timeline.todayLegend')}</Text>
      </Group>
    </Group>
  );
}
