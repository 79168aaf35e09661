/**
 * The step that moves a commitment on, for those who may take it: member editors send a draft for
 * review and take it back; the coordinator finalises (the text locks and regions sign this exact
 * text) and reopens (every signature becomes outdated). Everyone else reads who moves it on. The
 * projector board opens from here for everyone.
 */
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconDeviceTv,
  IconLock,
  IconLockOpen,
  IconSend,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { openPresenter } from '../../shell/open-presenter';
import type { CommitmentView } from '../use-commitment';
import { projectorPath } from './projector';
import { StatusConfirmModal } from './StatusConfirmModal';
import { useStatusChange } from './use-status-change';

export function LifecycleActions({ view }: { view: CommitmentView }) {
  const { t } = useTranslation();
  const { host } = useSession();
  const navigate = useNavigate();
  const change = useStatusChange(view);
  const [finalising, finaliseModal] = useDisclosure(false);
  const [reopening, reopenModal] = useDisclosure(false);
  const commitment = view.commitment;
  if (!commitment) return null;
  const { status } = commitment;

  const hint =
    status === 'draft' && !view.isMemberEditor
      ? t('commitmentLifecycle.hint.draft')
      : status === 'review' && !view.isCoordinator
        ? t('commitmentLifecycle.hint.review')
        : status === 'final' && !view.isCoordinator
          ? t('commitmentLifecycle.hint.final')
          : null;

  return (
    <Group gap="sm" wrap="wrap" align="center">
      {status === 'draft' && view.isMemberEditor && (
        <Button leftSection={<IconSend size={16} aria-hidden="true" />} onClick={() => change('review')}>
          {t('commitmentLifecycle.toReview')}
        </Button>
      )}
      {status === 'review' && view.isCoordinator && (
        <Button leftSection={<IconLock size={16} aria-hidden="true" />} onClick={finaliseModal.open}>
          {t('commitmentLifecycle.toFinal')}
        </Button>
      )}
      {status === 'review' && view.isMemberEditor && (
        <Button
          variant="default"
          leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
          onClick={() => change('draft')}
        >
          {t('commitmentLifecycle.toDraft')}
        </Button>
      )}
      {status === 'final' && view.isCoordinator && (
        <Button
          variant="outline"
          color="red"
          leftSection={<IconLockOpen size={16} aria-hidden="true" />}
          onClick={reopenModal.open}
        >
          {t('commitmentLifecycle.reopen')}
        </Button>
      )}
      <Button
        variant="default"
        leftSection={<IconDeviceTv size={16} aria-hidden="true" />}
        onClick={() => {
          if (!openPresenter(host, projectorPath(view.id))) navigate(projectorPath(view.id));
        }}
      >
        {t('commitmentLifecycle.projector')}
      </Button>
      {hint !== null && (
        <Text size="sm" c="dimmed" style={{ flex: '1 1 260px' }}>
          {hint}
        </Text>
      )}

      <StatusConfirmModal
        opened={finalising}
        title={t('commitmentLifecycle.finalTitle')}
        confirmLabel={t('commitmentLifecycle.finalConfirm')}
        color="blue"
        onConfirm={() => change('final')}
        onClose={finaliseModal.close}
      >
        <Text size="sm">{t('commitmentLifecycle.finalBody')}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('commitmentLifecycle.finalHash')}
          </Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
            {commitment.hash}
          </Code>
        </Stack>
      </StatusConfirmModal>

      <StatusConfirmModal
        opened={reopening}
        title={t('commitmentLifecycle.reopenTitle')}
        confirmLabel={t('commitmentLifecycle.reopenConfirm')}
        color="red"
        onConfirm={() => change('draft')}
        onClose={reopenModal.close}
      >
        <Text size="sm">{t('commitmentLifecycle.reopenBody')}</Text>
        <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />}>
          <Text size="sm" fw={700}>
            {view.board.signed === 0
              ? t('commitmentLifecycle.reopenNoSignatures')
              : t('commitmentLifecycle.reopenOutdates', { count: view.board.signed })}
          </Text>
        </Alert>
      </StatusConfirmModal>
    </Group>
  );
}
