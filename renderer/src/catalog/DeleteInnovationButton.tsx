/** "Hapus" with a confirmation; after deleting, back to the catalog (undo brings it back). */

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deleteInnovation, type Innovation } from '../../../shared/model/innovation';
import { useSession } from '../app/session';
import { useNotifyRefusal } from '../app/use-notify';
import { useRegionCommand } from '../app/use-region-command';

export function DeleteInnovationButton({
  innovation,
  replicatingCount,
}: {
  innovation: Innovation;
  /** Regions with a plan for it: their plans stay, and they should know why it vanished. */
  replicatingCount: number;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifyRefusal = useNotifyRefusal();
  const inRegion = useRegionCommand();
  const { ctx } = useSession();
  const [opened, modal] = useDisclosure(false);

  const confirm = () => {
    const result = inRegion(innovation.regionCode, (doc) =>
      deleteInnovation(doc, innovation.regionCode, innovation.id, ctx),
    );
    modal.close();
    if (!result.ok) {
      notifyRefusal(t('innovationDetail.deleteFailed'), result.error);
      return;
    }
    notifications.show({ color: 'teal', message: t('innovationDetail.deleted', { name: innovation.name }) });
    navigate('/katalog');
  };

  return (
    <>
      <Button variant="default" color="red" leftSection={<IconTrash size={18} />} onClick={modal.open}>
        {t('innovationDetail.delete')}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={t('innovationDetail.deleteTitle')} centered>
        <Stack gap="sm">
          <Text size="sm">{t('innovationDetail.deleteBody', { name: innovation.name })}</Text>
          {replicatingCount > 0 && (
            <Text size="sm" c="orange.8">
              {t('innovationDetail.deleteReplicated', { count: replicatingCount })}
            </Text>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={modal.close} data-autofocus>
              {t('innovationDetail.deleteCancel')}
            </Button>
            <Button color="red" onClick={confirm}>
              {t('innovationDetail.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
