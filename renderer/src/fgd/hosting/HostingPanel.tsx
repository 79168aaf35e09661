/**
 * The facilitator's switch for phones in the room: open the session on the room's network, show the
 * code, address and QR code, see who joined and remove someone, and close it again (after asking).
 */
import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostingState, JoinedParticipant } from '../../../../shared/sync/fgd-hosting';
import { intlLocale } from '../../catalog/innovation-format';
import { regionLabel } from '../../data/catalog-store';
import { PlainList } from '../parts/PlainList';
import type { FgdView } from '../use-fgd';
import { problemKey } from './hosting-client';
import { spacedCode } from './JoinBanner';
import { JoinQr } from './JoinQr';
import { type Hosting, useHosting } from './use-hosting';

/** True when the only address phones get is this machine's loopback: nobody in the room can reach it. */
function loopbackOnly(state: HostingState): boolean {
  return state.joinUrls.every((url) => /^https?:\/\/(127\.|\[::1\]|localhost)/.test(url));
}

/** Joins happen during the session: the time of day says enough. */
function joinedTime(isoDateTime: string, language: string): string {
  return new Date(isoDateTime).toLocaleTimeString(intlLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function HostingPanel({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const hosting = useHosting(view.synced.name);
  const [busy, setBusy] = useState(false);
  const [confirmStop, setConfirmStop] = useState(false);
  const { state, problem } = hosting;

  const start = async () => {
    setBusy(true);
    const answer = await hosting.start();
    setBusy(false);
    if (!answer.ok)
      notifications.show({
        color: 'red',
        title: t('fgdHosting.panel.startFailed'),
        message: t(problemKey(answer.problem)),
      });
  };
  const stop = async () => {
    setConfirmStop(false);
    setBusy(true);
    const answer = await hosting.stop();
    setBusy(false);
    if (!answer.ok)
      notifications.show({
        color: 'red',
        title: t('fgdHosting.panel.stopFailed'),
        message: t(problemKey(answer.problem)),
      });
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="fgd-hosting-title"
      data-testid="fgd-hosting-panel"
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="fgd-hosting-title">
          {t('fgdHosting.panel.title')}
        </Title>
        <Switch
          size="md"
          label={t('fgdHosting.panel.toggle')}
          description={t('fgdHosting.panel.toggleHint')}
          checked={Boolean(state)}
          disabled={busy || state === undefined}
          onChange={(event) => {
            if (event.currentTarget.checked) void start();
            else setConfirmStop(true);
          }}
        />
        {state === undefined && problem === null && (
          <Text size="sm" c="dimmed">
            {t('fgdHosting.panel.checking')}
          </Text>
        )}
        {problem !== null && (
          <Alert color="orange" variant="light" role="status">
            {t('fgdHosting.panel.pollProblem', { problem: t(problemKey(problem)) })}
          </Alert>
        )}
        {state && <RunningHosting state={state} hosting={hosting} />}
      </Stack>
      <Modal
        opened={confirmStop}
        onClose={() => setConfirmStop(false)}
        title={t('fgdHosting.panel.stopTitle')}
        centered
      >
        <Stack gap="sm">
          <Text>{t('fgdHosting.panel.stopBody', { count: state?.participants.length ?? 0 })}</Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={() => setConfirmStop(false)} data-autofocus>
              {t('fgdHosting.panel.cancel')}
            </Button>
            <Button color="red" onClick={() => void stop()}>
              {t('fgdHosting.panel.stopConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function RunningHosting({ state, hosting }: { state: HostingState; hosting: Hosting }) {
  const { t } = useTranslation();
  const [first, ...others] = state.joinUrls;
  const url = first ?? '';
  return (
    <Stack gap="md">
      {loopbackOnly(state) && (
        <Alert color="orange" variant="light">
          {t('fgdHosting.panel.loopbackOnly')}
        </Alert>
      )}
      <Group align="flex-start" gap="lg" wrap="wrap">
        <JoinQr url={url} label={t('fgdHosting.qrLabel', { url })} size={168} />
        <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
          <Text size="sm" fw={600} c="dimmed">
            {t('fgdHosting.panel.code')}
          </Text>
          <Text
            data-testid="fgd-hosting-code"
            data-code={state.code}
            aria-label={t('fgdHosting.codeLabel', { code: state.code.split('').join(' ') })}
            fw={800}
            ff="monospace"
            fz={44}
            lh={1.1}
            style={{ letterSpacing: '0.06em' }}
          >
            {spacedCode(state.code)}
          </Text>
          <Text size="sm" fw={600} c="dimmed" mt="xs">
            {t('fgdHosting.panel.url')}
          </Text>
          <Anchor
            href={url}
            target="_blank"
            rel="noreferrer"
            ff="monospace"
            data-testid="fgd-hosting-url"
            style={{ wordBreak: 'break-all' }}
          >
            {url}
          </Anchor>
          {others.length > 0 && (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {t('fgdHosting.panel.otherUrls', { urls: others.join(', ') })}
            </Text>
          )}
        </Stack>
      </Group>
      <ParticipantList participants={state.participants} hosting={hosting} />
    </Stack>
  );
}

function ParticipantList({ participants, hosting }: { participants: JoinedParticipant[]; hosting: Hosting }) {
  const { t, i18n } = useTranslation();
  const [removing, setRemoving] = useState<string | null>(null);
  const remove = async (participant: JoinedParticipant) => {
    setRemoving(participant.id);
    const answer = await hosting.remove(participant.id);
    setRemoving(null);
    if (answer.ok)
      notifications.show({
        color: 'teal',
        message: t('fgdHosting.panel.removed', { name: participant.name }),
      });
    else
      notifications.show({
        color: 'red',
        title: t('fgdHosting.panel.removeFailed'),
        message: t(problemKey(answer.problem)),
      });
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h5" id="fgd-hosting-participants">
        {t('fgdHosting.panel.participants', { count: participants.length })}
      </Title>
      {participants.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('fgdHosting.panel.noParticipants')}
        </Text>
      ) : (
        <PlainList gap={0} labelledBy="fgd-hosting-participants">
          {participants.map((participant) => (
            <Group
              component="li"
              key={participant.id}
              justify="space-between"
              wrap="nowrap"
              py={6}
              data-testid="fgd-hosting-participant"
              style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
            >
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={600} truncate>
                  {participant.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {participant.region ? regionLabel(participant.region) : t('fgdHosting.panel.noRegion')} ·{' '}
                  {t('fgdHosting.panel.joinedAt', {
                    time: joinedTime(participant.joinedAt, i18n.language),
                  })}
                </Text>
              </Stack>
              <Button
                size="xs"
                variant="light"
                color="red"
                loading={removing === participant.id}
                style={{ flexShrink: 0 }}
                aria-label={t('fgdHosting.panel.removeLabel', { name: participant.name })}
                onClick={() => void remove(participant)}
              >
                {t('fgdHosting.panel.remove')}
              </Button>
            </Group>
          ))}
        </PlainList>
      )}
    </Stack>
  );
}
