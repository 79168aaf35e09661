/**
 * Closing and reopening a plan: "Selesaikan" once it is in evaluation, "Hentikan rencana" (asked
 * first) while it runs, "Aktifkan kembali" once it is closed. Editors of the adopting region only.
 */
import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCircleCheck, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type PlanStatus, updateReplicationPlan } from '../../../../shared/model/replication-plan';
import type { PlanView } from '../plan-view';
import { ConfirmModal } from './ConfirmModal';
import { usePlanCommand } from './use-plan-command';

export function PlanStatusActions({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { plan } = view;
  const run = usePlanCommand(plan.adopterCode);
  const [stopping, stopModal] = useDisclosure(false);
  const setStatus = (status: PlanStatus, done: string) =>
    run((doc, ctx) => updateReplicationPlan(doc, plan.adopterCode, plan.id, { status }, ctx), {
      failed: t('plan.statusFailed'),
      done,
    });

  if (plan.status !== 'aktif') {
    return (
      <Button
        variant="light"
        leftSection={<IconPlayerPlay size={18} />}
        onClick={() => setStatus('aktif', t('plan.reactivated'))}
      >
        {t('plan.reactivate')}
      </Button>
    );
  }
  return (
    <Group gap="sm">
      {plan.stage === 'evaluasi' && (
        <Button
          color="teal"
          leftSection={<IconCircleCheck size={18} />}
          onClick={() => setStatus('selesai', t('plan.finished'))}
        >
          {t('plan.finish')}
        </Button>
      )}
      <Button variant="default" leftSection={<IconPlayerStop size={18} />} onClick={stopModal.open}>
        {t('plan.stop')}
      </Button>
      <ConfirmModal
        opened={stopping}
        title={t('plan.stopTitle')}
        body={t('plan.stopBody')}
        confirmLabel={t('plan.stopConfirm')}
        onConfirm={() => setStatus('dibatalkan', t('plan.stopped'))}
        onClose={stopModal.close}
      />
    </Group>
  );
}
