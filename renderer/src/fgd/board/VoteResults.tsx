/**
 * A voting step's results on the board: how many votes came in, the leading cards as a bar chart and
 * every card ranked by its votes. Participants see it once the facilitator reveals the results; the
 * facilitator sees the live count before that, marked as not yet shown to the room.
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../../shared/model/fgd-view';
import { PlainList } from '../parts/PlainList';
import { rankByVotes, votesOn } from './board-layout';
import type { ColouredPillar } from './CardColumns';
import { EmptyBoard } from './EmptyBoard';

/** The chart shows the leaders; the ranked list below it has every card. */
const CHART_CARDS = 10;
const LABEL_CHARS = 42;

export interface VoteResultsProps {
  cards: readonly CardView[];
  tally: Readonly<Record<string, number>> | null;
  revealed: boolean;
  pillars: readonly ColouredPillar[];
}

export function shortLabel(text: string, max = LABEL_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function VoteResults({ cards, tally, revealed, pillars }: VoteResultsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  if (tally === null)
    return <EmptyBoard title={t('fgdBoard.results.hiddenTitle')} body={t('fgdBoard.results.hiddenBody')} />;
  if (cards.length === 0)
    return <EmptyBoard title={t('fgdBoard.results.noCardsTitle')} body={t('fgdBoard.results.noCardsBody')} />;
  const total = votesOn(cards, tally);
  const ranked = rankByVotes(cards, tally);
  const pillarOf = new Map(pillars.map((pillar) => [pillar.id, pillar]));
  const chart = ranked
    .filter((entry) => entry.votes > 0)
    .slice(0, CHART_CARDS)
    .map((entry) => ({ label: `${entry.rank}. ${shortLabel(entry.card.text)}`, votes: entry.votes }));
  return (
    <Stack gap="md">
      {!revealed && (
        <Alert variant="light" color="yellow" icon={<IconEyeOff size={18} aria-hidden="true" />} py="xs">
          <Text size="sm">{t('fgdBoard.results.liveOnlyYou')}</Text>
        </Alert>
      )}
      <Text fw={700} size="lg" data-testid="fgd-board-vote-total">
        {t('fgdBoard.results.total', { count: total })}
      </Text>
      {total === 0 ? (
        <EmptyBoard title={t('fgdBoard.results.noVotesTitle')} body={t('fgdBoard.results.noVotesBody')} />
      ) : (
        <Paper withBorder radius="md" p="md" component="figure" m={0} aria-labelledby={titleId}>
          <Title order={3} size="h5" id={titleId} mb="sm">
            {t('fgdBoard.results.chartTitle', { count: chart.length })}
          </Title>
          {/* One image to assistive technology; the ranked list below carries the same numbers. */}
          <Box role="img" aria-label={t('fgdBoard.results.chartImage')}>
            <BarChart
              h={Math.max(120, chart.length * 34 + 40)}
              data={chart}
              dataKey="label"
              orientation="vertical"
              gridAxis="x"
              series={[{ name: 'votes', label: t('fgdBoard.results.votesSeries'), color: 'rembug.6' }]}
              barProps={{
                isAnimationActive: false,
                label: { position: 'right', fontSize: 13, fontWeight: 700 },
              }}
              barChartProps={{ accessibilityLayer: false }}
              yAxisProps={{ width: 300, interval: 0 }}
              xAxisProps={{ allowDecimals: false }}
              withTooltip={false}
            />
          </Box>
        </Paper>
      )}
      <PlainList ordered gap={6} label={t('fgdBoard.results.rankLabel')}>
        {ranked.map((entry) => {
          const pillar = pillarOf.get(entry.card.pillarId);
          return (
            <Paper
              component="li"
              key={entry.card.id}
              withBorder
              radius="sm"
              px="sm"
              py={6}
              data-testid="fgd-result-row"
              style={{ borderLeft: `5px solid var(--mantine-color-${pillar?.colour ?? 'gray'}-6)` }}
            >
              <Group gap="sm" wrap="nowrap">
                <Text
                  fw={700}
                  w={28}
                  ta="right"
                  style={{ fontVariantNumeric: 'tabular-nums' }}
                  aria-label={t('fgdBoard.results.rank', { rank: entry.rank })}
                >
                  {entry.rank}
                </Text>
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }} data-testid="fgd-result-text">
                    {entry.card.text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[
                      pillar?.name ?? t('fgdBoard.otherPillar'),
                      entry.card.authorName ?? t('fgdBoard.card.anonymous'),
                    ].join(' · ')}
                  </Text>
                </Stack>
                <Badge
                  size="lg"
                  variant={entry.votes > 0 ? 'filled' : 'light'}
                  color={entry.votes > 0 ? 'rembug' : 'gray'}
                  c={entry.votes > 0 ? undefined : 'gray.8'}
                  tt="none"
                  data-testid="fgd-result-votes"
                >
                  {t('fgdBoard.card.votes', { count: entry.votes })}
                </Badge>
              </Group>
            </Paper>
          );
        })}
      </PlainList>
    </Stack>
  );
}
