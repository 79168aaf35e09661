/**
 * Who changed what in the commitment, newest first: "Sri Wahyuni · Kab. Klaten — mengubah naskah —
 * 23 Nov 2026 14.05". Live; long histories show their latest entries and more on request.
 */
import { Button, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import {
  IconArrowBackUp,
  IconBookmark,
  IconFilePlus,
  IconFlag,
  IconListCheck,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitmentStatus } from '../../../../shared/model/commitment';
import {
  type HistoryKind,
  newestFirst,
  type RecordedEntry,
  readHistory,
} from '../../../../shared/model/commitment-history';
import { useDocVersion } from '../../app/hooks';
import type { CommitmentView } from '../use-commitment';
import { authorLine, formatMoment } from './people';

const FIRST_SHOWN = 8;
const MORE = 20;

const ICONS: Record<HistoryKind, typeof IconPencil> = {
  created: IconFilePlus,
  status: IconFlag,
  item: IconListCheck,
  itemRemoved: IconTrash,
  version: IconBookmark,
  restored: IconArrowBackUp,
  text: IconPencil,
};

const reportOnce = new Set<string>();
function report(problem: { doc: string; key: string; problem: string }): void {
  const key = `${problem.doc}|${problem.key}`;
  if (reportOnce.has(key)) return;
  reportOnce.add(key);
  console.warn(`skipped invalid history entry at ${problem.doc} ${problem.key}: ${problem.problem}`);
}

function what(t: TFunction, entry: RecordedEntry): string {
  if (entry.kind === 'status') {
    const status = CommitmentStatus.safeParse(entry.detail);
    const detail = status.success ? t(`commitmentHistory.status.${status.data}`) : entry.detail;
    return t('commitmentHistory.kind.status', { detail });
  }
  return t(`commitmentHistory.kind.${entry.kind}`, { detail: entry.detail });
}

export function HistoryList({ view }: { view: CommitmentView }) {
  const { t, i18n } = useTranslation();
  const doc = view.synced.doc;
  const version = useDocVersion(doc);
  const [shown, setShown] = useState(FIRST_SHOWN);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of `doc`.
  const entries = useMemo(
    () => newestFirst(readHistory(doc, view.synced.name, report)),
    [doc, view.synced.name, version],
  );
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="riwayat-komitmen">
      <Stack gap="md">
        <Title order={2} size="h4" id="riwayat-komitmen">
          {t('commitmentHistory.title')}
        </Title>
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('commitmentHistory.empty')}
          </Text>
        ) : (
          <Timeline
            bulletSize={24}
            lineWidth={2}
            active={-1}
            role="list"
            aria-label={t('commitmentHistory.listLabel')}
          >
            {entries.slice(0, shown).map((entry) => {
              const Icon = ICONS[entry.kind];
              return (
                <Timeline.Item role="listitem" key={entry.seq} bullet={<Icon size={13} aria-hidden="true" />}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    <Text span fw={600} inherit>
                      {authorLine(t, entry.by)}
                    </Text>{' '}
                    {what(t, entry)}
                  </Text>
                  <Text size="xs" c="dimmed" mt={2}>
                    <time dateTime={entry.at}>{formatMoment(entry.at, i18n.language)}</time>
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
        {entries.length > shown && (
          <Button
            variant="subtle"
            size="compact-sm"
            w="fit-content"
            onClick={() => setShown((count) => count + MORE)}
          >
            {t('commitmentHistory.showMore')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
