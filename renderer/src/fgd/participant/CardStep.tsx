/**
 * A step that takes cards: a short form (dimension, idea) and the cards of this step the person may
 * see — their own always, others' once the facilitator reveals them (or at once on an open step).
 */
import { Alert, Button, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCard } from '../../../../shared/model/fgd';
import type { CardView } from '../../../../shared/model/fgd-view';
import { useMessageText } from '../../app/use-message';
import { newFgdEntryId } from '../console/ids';
import { PlainList } from '../parts/PlainList';
import { PhoneCardItem } from './PhoneCardItem';
import { PillarBadge } from './PillarBadge';
import type { ParticipantConnection } from './participant-connection';
import { pillarsOfRoom } from './pillars';
import type { StepProps } from './step-props';

export function CardStep({ session, step, connection }: StepProps) {
  const { t } = useTranslation();
  const pillars = pillarsOfRoom(connection.join.room);
  const me = connection.participant.id;
  const cards = session.cards.filter((card) => card.stepId === step.id);
  const mine = cards.filter((card) => card.author.id === me);
  const others = cards.filter((card) => card.author.id !== me);
  const hidden = step.hideUntilReveal && !session.revealed.includes(step.id);
  return (
    <Stack gap="lg">
      <CardForm connection={connection} />
      <CardList
        id="fgd-participant-mine"
        title={t('fgdJoin.cards.mine', { count: mine.length })}
        cards={mine}
        empty={t('fgdJoin.cards.noneMine')}
        pillars={pillars}
      />
      <CardList
        id="fgd-participant-others"
        title={t('fgdJoin.cards.others', { count: others.length })}
        cards={others}
        empty={hidden ? t('fgdJoin.cards.hidden') : t('fgdJoin.cards.noOthers')}
        pillars={pillars}
      />
    </Stack>
  );
}

function CardForm({ connection }: { connection: ParticipantConnection }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const pillars = pillarsOfRoom(connection.join.room);
  const options = useMemo(
    () => pillars.map((pillar) => ({ value: pillar.id, label: pillar.name })),
    [pillars],
  );
  const [pillarId, setPillarId] = useState<string | null>(pillars[0]?.id ?? null);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSent(false);
    if (text.trim() === '' || pillarId === null) return;
    const id = newFgdEntryId(`k-${connection.participant.id}`);
    const result = addCard(
      connection.doc,
      connection.participant,
      id,
      { pillarId, text: text.trim() },
      connection.ctx,
    );
    if (!result.ok) {
      setRefusal(messageText(result.error));
      return;
    }
    setRefusal(null);
    setText('');
    setChecked(false);
    setSent(true);
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="fgd-participant-add"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="fgd-participant-add">
          {t('fgdJoin.cards.add')}
        </Title>
        {refusal !== null && (
          <Alert color="red" variant="light" role="alert" title={t('fgdJoin.cards.failed')}>
            {refusal}
          </Alert>
        )}
        <Select
          size="md"
          label={t('fgdJoin.cards.dimension')}
          data={options}
          value={pillarId}
          onChange={setPillarId}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          size="md"
          label={t('fgdJoin.cards.text')}
          placeholder={t('fgdJoin.cards.textPlaceholder')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setSent(false);
          }}
          error={checked && text.trim() === '' ? t('fgdJoin.cards.textRequired') : null}
          autosize
          minRows={3}
          maxLength={500}
        />
        <Button type="submit" size="lg" fullWidth>
          {t('fgdJoin.cards.submit')}
        </Button>
        {sent && (
          <Text size="sm" c="teal.9" role="status">
            {t('fgdJoin.cards.sent')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function CardList({
  id,
  title,
  cards,
  empty,
  pillars,
}: {
  id: string;
  title: string;
  cards: CardView[];
  empty: string;
  pillars: ReturnType<typeof pillarsOfRoom>;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby={id} data-testid={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {cards.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <PlainList gap="xs">
          {cards.map((card) => (
            <PhoneCardItem key={card.id} testId="fgd-participant-card">
              <Stack gap={4}>
                <PillarBadge pillars={pillars} pillarId={card.pillarId} />
                <Text>{card.text}</Text>
                <Text size="xs" c="dimmed">
                  {card.authorName ?? t('fgdJoin.cards.anonymous')}
                </Text>
              </Stack>
            </PhoneCardItem>
          ))}
        </PlainList>
      )}
    </Stack>
  );
}
