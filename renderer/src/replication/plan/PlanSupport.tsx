/**
 * "Dukungan daerah asal": what the adopting region asks of the source region, and the source
 * region's answer — confirmed (by whom, when, with what message), withdrawn, or not yet. The source
 * region's editors answer here; the record lives in their own region's document.
 */
import { Blockquote, Button, Group, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconCircleX, IconHourglassHigh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setReplicationSupport } from '../../../../shared/model/replication-support';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import { useRegionCommand } from '../../app/use-region-command';
import { formatDateTime } from '../../catalog/innovation-format';
import { SectionCard } from '../../catalog/SectionCard';
import type { PlanView } from '../plan-view';
import { type SupportStatus, supportStatus } from './collaboration-rules';

/** The model's limit on the message (SupportFields): said by the counter before the model refuses. */
const MESSAGE_MAX = 2000;

const STATUS_LOOK = {
  waiting: { color: 'yellow', icon: IconHourglassHigh },
  confirmed: { color: 'teal', icon: IconCircleCheck },
  withdrawn: { color: 'red', icon: IconCircleX },
} as const satisfies Record<SupportStatus, unknown>;

export function PlanSupport({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { adopterName } = view.row;
  const requested = view.plan.supportRequested.trim();
  return (
    <SectionCard title={t('planSupport.title')} gap="md">
      <Stack gap={4}>
        <Title order={3} size="h6">
          {t('planSupport.requestedTitle', { adopter: adopterName })}
        </Title>
        <Text size="sm" c={requested === '' ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
          {requested === '' ? t('planSupport.requestedNone', { adopter: adopterName }) : requested}
        </Text>
      </Stack>
      <SupportAnswer view={view} />
      {view.canRespond && <SupportForm view={view} />}
    </SectionCard>
  );
}

function SupportAnswer({ view }: { view: PlanView }) {
  const { t, i18n } = useTranslation();
  const { support } = view;
  const { sourceName } = view.row;
  const status = supportStatus(support);
  const look = STATUS_LOOK[status];
  const Icon = look.icon;
  const heading = {
    waiting: t('planSupport.waiting', { source: sourceName }),
    confirmed: t('planSupport.confirmed'),
    withdrawn: t('planSupport.withdrawn'),
  }[status];
  return (
    // A live region: the adopter sees the answer arrive while the page is open.
    <Stack gap="xs" aria-live="polite">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color={look.color} variant="light" size="lg" radius="xl" aria-hidden="true">
          <Icon size={20} stroke={1.8} />
        </ThemeIcon>
        <Stack gap={2} miw={0}>
          <Text fw={650}>{heading}</Text>
          <Text size="sm" c="dimmed">
            {support === null
              ? t('planSupport.waitingHint', { source: sourceName })
              : t('planSupport.by', {
                  name: support.updated.by.name,
                  source: sourceName,
                  when: formatDateTime(support.updated.at, i18n.language),
                })}
          </Text>
        </Stack>
      </Group>
      {support !== null && support.message.trim() !== '' && (
        <Blockquote color={look.color} p="sm" pl="md" radius="md" fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {support.message}
        </Blockquote>
      )}
    </Stack>
  );
}

/** The source region's editor confirms, updates or withdraws support, with a message. */
function SupportForm({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { ctx } = useSession();
  const inRegion = useRegionCommand();
  const notifyRefusal = useNotifyRefusal();
  const { support, ref } = view;
  const { adopterName, sourceName } = view.row;
  const status = supportStatus(support);
  const [message, setMessage] = useState(support?.message ?? '');
  const [edited, setEdited] = useState(false);

  // Another editor of the region may answer meanwhile: show their message unless this person is
  // in the middle of writing their own.
  useEffect(() => {
    if (!edited) setMessage(support?.message ?? '');
  }, [support, edited]);

  const save = (confirmed: boolean, done: string) => {
    const result = inRegion(ref.sourceCode, (doc) =>
      setReplicationSupport(doc, ref.sourceCode, ref, { confirmed, message }, ctx),
    );
    if (!result.ok) {
      notifyRefusal(t('planSupport.failed'), result.error);
      return;
    }
    setEdited(false);
    notifications.show({ color: 'teal', message: done });
  };

  const tooLong = message.length > MESSAGE_MAX;
  return (
    <Stack gap="sm" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Title order={3} size="h6" pt="xs">
        {t('planSupport.formTitle', { source: sourceName })}
      </Title>
      <Textarea
        label={t('planSupport.messageLabel', { adopter: adopterName })}
        description={t('planSupport.messageHint')}
        value={message}
        onChange={(event) => {
          setMessage(event.currentTarget.value);
          setEdited(true);
        }}
        error={tooLong ? `${message.length}/${MESSAGE_MAX}` : undefined}
        autosize
        minRows={3}
        maxRows={10}
      />
      <Group gap="sm">
        {status === 'confirmed' ? (
          <>
            <Button
              onClick={() => save(true, t('planSupport.savedUpdated'))}
              disabled={!edited || tooLong}
              variant="light"
            >
              {t('planSupport.update')}
            </Button>
            <Button
              onClick={() => save(false, t('planSupport.savedWithdrawn', { adopter: adopterName }))}
              disabled={tooLong}
              variant="subtle"
              color="red"
            >
              {t('planSupport.withdraw')}
            </Button>
          </>
        ) : (
          <Button
            leftSection={<IconCircleCheck size={18} />}
            onClick={() => save(true, t('planSupport.savedConfirmed', { adopter: adopterName }))}
            disabled={tooLong}
          >
            {status === 'withdrawn' ? t('planSupport.confirmAgain') : t('planSupport.confirm')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
