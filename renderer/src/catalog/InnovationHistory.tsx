/**
 * Who changed the innovation, from which region, when, and which fields — from the entry's change log,
 * live. Entries written before the log existed show their created/updated stamps instead.
 */
import { Button, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Author } from '../../../shared/model/identity';
import {
  type Innovation,
  type InnovationChange,
  readInnovationHistory,
} from '../../../shared/model/innovation';
import { useDocVersion } from '../app/hooks';
import { regionLabel } from '../data/catalog-store';
import { changedFieldLabelKey, formatDateTime } from './innovation-format';

const SHOWN_AT_FIRST = 5;

export interface InnovationHistoryProps {
  innovation: Innovation;
  doc: Y.Doc;
  docName: string;
}

export function InnovationHistory({ innovation, doc, docName }: InnovationHistoryProps) {
  const { t, i18n } = useTranslation();
  const version = useDocVersion(doc);
  const [showAll, setShowAll] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of `doc`.
  const changes = useMemo(
    () =>
      readInnovationHistory(doc, docName, innovation.regionCode, innovation.id, (problem) =>
        console.warn(`skipped invalid history in ${problem.doc} at ${problem.key}: ${problem.problem}`),
      ),
    [doc, docName, innovation.regionCode, innovation.id, version],
  );
  const records: (InnovationChange | FallbackChange)[] =
    changes.length > 0 ? changes : stampsAsChanges(innovation);
  const shown = showAll ? records : records.slice(0, SHOWN_AT_FIRST);

  const who = (by: Author) =>
    by.region === null
      ? t('history.byRole', { name: by.name, role: t(`role.${by.role}`) })
      : t('history.byRegion', { name: by.name, region: regionLabel(by.region) });
  const what = (change: InnovationChange | FallbackChange) => {
    if ('fallback' in change)
      return t(change.fallback === 'created' ? 'history.created' : 'history.updatedSomething');
    if (change.fields.includes('created')) return t('history.created');
    if (change.fields.includes('evidence')) return t('history.evidence');
    // Labels stand alone in the form ("Nama inovasi"); inside a sentence they read in lower case.
    const labels = change.fields.map((field) => {
      const key = changedFieldLabelKey(field);
      const label = key === null ? t('history.otherField') : t(key);
      return label.charAt(0).toLocaleLowerCase(i18n.language) + label.slice(1);
    });
    return t('history.changed', {
      fields: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(labels),
    });
  };

  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      aria-labelledby="innovation-history"
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="innovation-history">
          {t('history.title')}
        </Title>
        <Timeline bulletSize={22} lineWidth={2} active={-1} role="list">
          {shown.map((change) => (
            <Timeline.Item
              role="listitem"
              // Records have no id; who, when and what together tell them apart.
              key={`${change.at}|${change.by.name}|${'fields' in change ? change.fields.join() : change.fallback}`}
              bullet={<IconHistory size={12} />}
              title={
                <Text size="sm" fw={600}>
                  {who(change.by)}
                </Text>
              }
            >
              <Text size="sm">{what(change)}</Text>
              <Text size="xs" c="dimmed" mt={2}>
                <time dateTime={change.at}>{formatDateTime(change.at, i18n.language)}</time>
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
        {records.length > SHOWN_AT_FIRST && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setShowAll((value) => !value)}
            w="fit-content"
          >
            {showAll ? t('history.showLess') : t('history.showAll', { count: records.length })}
          </Button>
        )}
        {changes.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('history.stampsOnly')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

interface FallbackChange {
  by: Author;
  at: string;
  fallback: 'created' | 'updated';
}

/** Without a log: who created it and, if later, who changed it last. */
function stampsAsChanges(innovation: Innovation): FallbackChange[] {
  const created: FallbackChange = { ...innovation.created, fallback: 'created' };
  if (innovation.updated.at === innovation.created.at) return [created];
  return [{ ...innovation.updated, fallback: 'updated' }, created];
}
