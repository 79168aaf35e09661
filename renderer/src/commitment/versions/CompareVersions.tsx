/**
 * Two contents side by side in time: any saved version or the current text, chosen with two selects,
 * and what changed from the first to the second.
 */
import { Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ComparableContent,
  compareContents,
  currentContent,
  versionContent,
} from '../../../../shared/model/commitment-versions';
import { useArea, useDocVersion } from '../../app/hooks';
import type { CommitmentView } from '../use-commitment';
import { DiffView } from './DiffView';

/** The select value of the current text (version ids are lower-case words with dashes, never this). */
export const CURRENT = 'NASKAH_SAAT_INI';

export interface CompareChoice {
  from: string | null;
  to: string;
}

export function CompareVersions({
  view,
  choice,
  onChoose,
}: {
  view: CommitmentView;
  choice: CompareChoice;
  onChoose: (choice: CompareChoice) => void;
}) {
  const { t } = useTranslation();
  const area = useArea();
  const doc = view.synced.doc;
  const docVersion = useDocVersion(doc);
  const versions = useMemo(() => view.commitment?.versions ?? [], [view.commitment]);
  const options = [
    { value: CURRENT, label: t('commitmentVersions.current') },
    ...[...versions].reverse().map((version) => ({ value: version.id, label: version.name })),
  ];
  const labelOf = (value: string | null) => options.find((option) => option.value === value)?.label ?? '';

  // biome-ignore lint/correctness/useExhaustiveDependencies: docVersion is the change signal of `doc`.
  const current = useMemo(() => currentContent(doc), [doc, docVersion]);
  const diff = useMemo(() => {
    const contentOf = (value: string | null): ComparableContent | null => {
      if (value === CURRENT) return current;
      const version = versions.find((entry) => entry.id === value);
      return version ? versionContent(version) : null;
    };
    const before = contentOf(choice.from);
    const after = contentOf(choice.to);
    return before && after && choice.from !== choice.to ? compareContents(before, after) : null;
  }, [choice.from, choice.to, versions, current]);
  const pillarName = (id: string) =>
    area.pillars.find((pillar) => pillar.id === id)?.name ?? t('commitmentItems.otherPillar');

  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p="md"
      aria-labelledby="bandingkan-versi"
      id="bandingkan"
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="bandingkan-versi">
          {t('commitmentVersions.compareTitle')}
        </Title>
        {versions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('commitmentVersions.compareEmpty')}
          </Text>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <Select
                label={t('commitmentVersions.from')}
                data={options}
                value={choice.from}
                allowDeselect={false}
                onChange={(value) => onChoose({ ...choice, from: value })}
              />
              <Select
                label={t('commitmentVersions.to')}
                data={options}
                value={choice.to}
                allowDeselect={false}
                onChange={(value) => onChoose({ ...choice, to: value ?? CURRENT })}
              />
            </SimpleGrid>
            {choice.from === choice.to ? (
              <Text size="sm" c="dimmed">
                {t('commitmentVersions.sameSide')}
              </Text>
            ) : (
              diff && (
                <section
                  aria-label={t('commitmentVersions.diffLabel', {
                    from: labelOf(choice.from),
                    to: labelOf(choice.to),
                  })}
                >
                  <DiffView diff={diff} pillarName={pillarName} />
                </section>
              )
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
