/**
 * A joined participant's view of the session: the title, the step that runs now with its countdown,
 * and what the step lets them do (write cards, vote, or follow the facilitator). The connection's
 * state is always in sight: connecting, reconnecting, or removed by the facilitator.
 */
import { Alert, Button, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { type FgdSession, readSession } from '../../../../shared/model/fgd-view';
import type { JoinResult } from '../../../../shared/sync/fgd-hosting';
import { useDocVersion } from '../../app/hooks';
import { reportSkippedFgdData as report } from '../report-skipped';
import { CardStep } from './CardStep';
import { CurrentStep } from './CurrentStep';
import { ParticipantConnection } from './participant-connection';
import { VoteStep } from './VoteStep';

export function JoinedSession({
  join,
  onRemoved,
  onJoinAgain,
}: {
  join: JoinResult;
  /** The node refused the token: the stored join is of no use any more. */
  onRemoved: () => void;
  onJoinAgain: () => void;
}) {
  const [connection, setConnection] = useState<ParticipantConnection | null>(null);
  useEffect(() => {
    const opened = new ParticipantConnection(join);
    setConnection(opened);
    return () => opened.destroy();
  }, [join]);
  if (connection === null) return null;
  return <Connected connection={connection} onRemoved={onRemoved} onJoinAgain={onJoinAgain} />;
}

function Connected({
  connection,
  onRemoved,
  onJoinAgain,
}: {
  connection: ParticipantConnection;
  onRemoved: () => void;
  onJoinAgain: () => void;
}) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(connection.subscribe, () => connection.state);
  const version = useDocVersion(connection.doc);
  const { participant, join } = connection;
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of the doc.
  const session = useMemo(
    () =>
      readSession(connection.doc, join.room, { participantId: participant.id, facilitator: false }, report),
    [connection, version],
  );
  const gone = state === 'removed' || state === 'refused';
  useEffect(() => {
    if (gone) onRemoved();
  }, [gone, onRemoved]);

  if (gone) {
    return (
      <Stack gap="lg" data-testid="fgd-participant-removed">
        <Title order={1} size="h2">
          {state === 'removed' ? t('fgdJoin.removedTitle') : t('fgdHosting.problem.internal')}
        </Title>
        {state === 'removed' && <Text>{t('fgdJoin.removedBody')}</Text>}
        <Button size="lg" onClick={onJoinAgain}>
          {t('fgdJoin.joinAgain')}
        </Button>
      </Stack>
    );
  }
  if (!connection.loaded) {
    return (
      <Stack gap="md" align="center" py="xl">
        <Loader aria-hidden />
        <Text role="status">
          {state === 'reconnecting' ? t('fgdJoin.reconnecting') : t('fgdJoin.connecting')}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {state === 'reconnecting' && (
        <Alert color="orange" variant="light" role="status" data-testid="fgd-participant-reconnecting">
          {t('fgdJoin.reconnecting')}
        </Alert>
      )}
      {session === null ? (
        <Text>{t('fgdJoin.noSession')}</Text>
      ) : (
        <SessionBody session={session} connection={connection} />
      )}
    </Stack>
  );
}

function SessionBody({ session, connection }: { session: FgdSession; connection: ParticipantConnection }) {
  const { t } = useTranslation();
  const step = session.steps.find((candidate) => candidate.id === session.currentStepId) ?? null;
  return (
    <Stack gap="lg">
      <Stack gap={2}>
        <Title order={1} size="h3" data-testid="fgd-participant-title">
          {session.meta.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('fgdJoin.joinedAs', { name: connection.participant.name })}
        </Text>
      </Stack>
      {step === null ? (
        <Paper withBorder radius="md" p="md">
          <Stack gap={4}>
            <Title order={2} size="h4">
              {t('fgdJoin.notStarted')}
            </Title>
            <Text>{t('fgdJoin.follow')}</Text>
          </Stack>
        </Paper>
      ) : (
        <>
          <CurrentStep step={step} timer={session.timer} />
          {step.allow === 'cards' && <CardStep session={session} step={step} connection={connection} />}
          {step.allow === 'votes' && <VoteStep session={session} step={step} connection={connection} />}
          {step.allow === 'nothing' && (
            <Paper withBorder radius="md" p="md" data-testid="fgd-participant-follow">
              <Title order={2} size="h4">
                {t('fgdJoin.follow')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('fgdJoin.followHint')}
              </Text>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
