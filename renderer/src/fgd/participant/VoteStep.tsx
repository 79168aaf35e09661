/**
 * A voting step on a phone: the cards the person may see, each with − and + and their own count, the
 * votes left of the budget, the model's refusal when a vote would break the rules, and the results
 * once the facilitator reveals them.
 */
import { ActionIcon, Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMinus, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { castVotes } from '../../../../shared/model/fgd';
import type { CardView, FgdSession } from '../../../../shared/model/fgd-view';
import { useMessageText } from '../../app/use-message';
import { PlainList } from '../parts/PlainList';
import { myVotes, votesUsed } from './my-ballot';
import { PhoneCardItem } from './PhoneCardItem';
import { PillarBadge } from './PillarBadge';
import { pillarsOfRoom } from './pillars';
import type { StepProps } from './step-props';

export function VoteStep({ session, step, connection }: StepProps) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const [refusal, setRefusal] = useState<string | null>(null);
  const pillars = pillarsOfRoom(connection.join.room);
  // Re-read on every render: the parent re-renders on each document update.
  const votes = myVotes(connection.doc, connection.participant.id, step.id);
  const left = step.voteBudget - votesUsed(votes);
  const cards = session.cards.filter((card) => card.stepId !== step.id);
  const revealed = session.revealed.includes(step.id);

  const vote = (card: CardView, count: number) => {
    const result = castVotes(connection.doc, connection.participant, card.id, count, connection.ctx);
    setRefusal(result.ok ? null : messageText(result.error));
  };

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md" style={{ position: 'sticky', top: 0, zIndex: 1 }}>
        <Text fw={700} fz="lg" role="status" data-testid="fgd-participant-votes-left">
          {t('fgdJoin.votes.remaining', { left, budget: step.voteBudget })}
        </Text>
        {step.onePerCard && (
          <Text size="sm" c="dimmed">
            {t('fgdJoin.votes.onePerCard')}
          </Text>
        )}
      </Paper>
      {refusal !== null && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('fgdJoin.votes.failed')}
          data-testid="fgd-participant-vote-refusal"
        >
          {refusal}
        </Alert>
      )}
      {cards.length === 0 ? (
        <Text c="dimmed">{t('fgdJoin.votes.noCards')}</Text>
      ) : (
        <PlainList gap="xs">
          {cards.map((card) => {
            const mine = votes[card.id] ?? 0;
            return (
              <PhoneCardItem key={card.id} testId="fgd-participant-vote-card">
                <Group justify="space-between" wrap="nowrap" align="center">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <PillarBadge pillars={pillars} pillarId={card.pillarId} />
                    <Text>{card.text}</Text>
                  </Stack>
                  <Group gap={6} wrap="nowrap">
                    <ActionIcon
                      size={48}
                      variant="default"
                      aria-label={t('fgdJoin.votes.take', { text: card.text })}
                      disabled={mine === 0}
                      onClick={() => vote(card, mine - 1)}
                    >
                      <IconMinus size={22} aria-hidden />
                    </ActionIcon>
                    <Text
                      fw={700}
                      fz="xl"
                      w={32}
                      ta="center"
                      aria-label={t('fgdJoin.votes.mine', { count: mine })}
                      data-testid="fgd-participant-my-votes"
                    >
                      {mine}
                    </Text>
                    <ActionIcon
                      size={48}
                      variant="filled"
                      aria-label={t('fgdJoin.votes.add', { text: card.text })}
                      onClick={() => vote(card, mine + 1)}
                    >
                      <IconPlus size={22} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
              </PhoneCardItem>
            );
          })}
        </PlainList>
      )}
      <Results session={session} cards={cards} revealed={revealed} />
    </Stack>
  );
}

function Results({
  session,
  cards,
  revealed,
}: {
  session: FgdSession;
  cards: CardView[];
  revealed: boolean;
}) {
  const { t } = useTranslation();
  const tally = session.tally ?? {};
  const ranked = cards
    .map((card) => ({ card, count: tally[card.id] ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || a.card.text.localeCompare(b.card.text, 'id'));
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby="fgd-participant-results"
      data-testid="fgd-participant-results"
    >
      <Title order={2} size="h4" id="fgd-participant-results">
        {t('fgdJoin.votes.results')}
      </Title>
      {!revealed ? (
        <Text size="sm" c="dimmed">
          {t('fgdJoin.votes.resultsHidden')}
        </Text>
      ) : (
        <Stack component="ol" gap={4} style={{ paddingLeft: 20, margin: 0 }}>
          {ranked.map(({ card, count }) => (
            <Text component="li" key={card.id}>
              {card.text} — <strong>{t('fgdJoin.votes.total', { count })}</strong>
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
