/**
 * The plan's formal records: the letter of intent to the source region (needed before the
 * replikasi stage) and the PKS/MoU between the two regions (the IID replication indicator's
 * strongest evidence). Editors record, change and remove each; everyone reads them.
 */
import { Anchor, Button, DataList, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconExternalLink, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { updateReplicationPlan } from '../../../../shared/model/replication-plan';
import { formatDate } from '../../catalog/innovation-format';
import { SectionCard } from '../../catalog/SectionCard';
import { isoToday } from '../dates';
import type { PlanView } from '../plan-view';
import { ConfirmModal } from './ConfirmModal';
import { AgreementForm, LetterOfIntentForm } from './FormalRecordForms';
import { Fact } from './PlanFacts';
import {
  type Agreement,
  agreementValuesOf,
  isWebLink,
  type LetterOfIntent,
  letterValuesOf,
} from './record-values';
import { usePlanCommand } from './use-plan-command';

export function FormalRecords({ view }: { view: PlanView }) {
  const { t, i18n } = useTranslation();
  const { plan, row } = view;
  const run = usePlanCommand(plan.adopterCode);
  const today = isoToday();
  const [letterOpen, letterModal] = useDisclosure(false);
  const [agreementOpen, agreementModal] = useDisclosure(false);
  const save = (
    patch: { letterOfIntent: LetterOfIntent | null } | { agreement: Agreement | null },
    done: string,
  ) =>
    run((doc, ctx) => updateReplicationPlan(doc, plan.adopterCode, plan.id, patch, ctx), {
      failed: t('plan.record.saveFailed'),
      done,
    });
  const letterTitle = plan.letterOfIntent ? t('plan.letter.edit') : t('plan.letter.add');
  const agreementTitle = plan.agreement ? t('plan.agreement.edit') : t('plan.agreement.add');
  const { letterOfIntent: letter, agreement } = plan;

  return (
    <SectionCard title={t('plan.record.title')}>
      <Text size="sm" c="dimmed" mt={-8}>
        {t('plan.record.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <RecordCard
          title={t('plan.letter.title')}
          empty={t('plan.letter.empty')}
          canEdit={view.canEdit}
          addLabel={t('plan.letter.add')}
          editLabel={t('plan.letter.edit')}
          removeLabel={t('plan.letter.remove')}
          removeTitle={t('plan.letter.removeTitle')}
          removeBody={t('plan.letter.removeBody')}
          onOpen={letterModal.open}
          onRemove={() => save({ letterOfIntent: null }, t('plan.letter.removed'))}
        >
          {letter && (
            <>
              <Fact label={t('plan.record.number')}>{letter.number}</Fact>
              <Fact label={t('plan.record.date')}>{formatDate(letter.date, i18n.language)}</Fact>
              <Fact label={t('plan.letter.link')}>
                {letter.link === '' ? (
                  <Text span c="dimmed" size="sm">
                    {t('plan.letter.noLink')}
                  </Text>
                ) : isWebLink(letter.link) ? (
                  <Anchor href={letter.link} target="_blank" rel="noopener noreferrer" size="sm">
                    <Group gap={4} wrap="nowrap" component="span">
                      {t('plan.letter.openLink')}
                      <IconExternalLink size={14} aria-hidden="true" />
                    </Group>
                  </Anchor>
                ) : (
                  letter.link
                )}
              </Fact>
            </>
          )}
        </RecordCard>
        <RecordCard
          title={t('plan.agreement.title')}
          empty={t('plan.agreement.empty')}
          canEdit={view.canEdit}
          addLabel={t('plan.agreement.add')}
          editLabel={t('plan.agreement.edit')}
          removeLabel={t('plan.agreement.remove')}
          removeTitle={t('plan.agreement.removeTitle')}
          removeBody={t('plan.agreement.removeBody')}
          onOpen={agreementModal.open}
          onRemove={() => save({ agreement: null }, t('plan.agreement.removed'))}
        >
          {agreement && (
            <>
              <Fact label={t('plan.record.number')}>{agreement.number}</Fact>
              <Fact label={t('plan.record.date')}>{formatDate(agreement.date, i18n.language)}</Fact>
              <Fact label={t('plan.agreement.parties')}>{agreement.parties.join('\n')}</Fact>
            </>
          )}
        </RecordCard>
      </SimpleGrid>

      <Modal opened={letterOpen} onClose={letterModal.close} title={letterTitle} centered size="lg">
        <LetterOfIntentForm
          label={letterTitle}
          initial={() => letterValuesOf(letter, today)}
          onCancel={letterModal.close}
          onSave={(value) => {
            if (save({ letterOfIntent: value }, t('plan.letter.saved'))) letterModal.close();
          }}
        />
      </Modal>
      <Modal opened={agreementOpen} onClose={agreementModal.close} title={agreementTitle} centered size="lg">
        <AgreementForm
          label={agreementTitle}
          initial={() =>
            agreementValuesOf(agreement, today, [
              t('plan.agreement.defaultParty', { region: row.sourceName }),
              t('plan.agreement.defaultParty', { region: row.adopterName }),
            ])
          }
          onCancel={agreementModal.close}
          onSave={(value) => {
            if (save({ agreement: value }, t('plan.agreement.saved'))) agreementModal.close();
          }}
        />
      </Modal>
    </SectionCard>
  );
}

function RecordCard({
  title,
  empty,
  canEdit,
  addLabel,
  editLabel,
  removeLabel,
  removeTitle,
  removeBody,
  onOpen,
  onRemove,
  children,
}: {
  title: string;
  empty: string;
  canEdit: boolean;
  addLabel: string;
  editLabel: string;
  removeLabel: string;
  removeTitle: string;
  removeBody: string;
  onOpen: () => void;
  onRemove: () => void;
  /** The record's facts; nothing when it is not recorded. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [confirming, confirm] = useDisclosure(false);
  const recorded = children !== null && children !== false && children !== undefined;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Stack gap="sm" h="100%">
        <Title order={3} size="h5">
          {title}
        </Title>
        {recorded ? (
          <DataList orientation="vertical" size="sm" gap="xs">
            {children}
          </DataList>
        ) : (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {canEdit && (
          <Group gap="xs" mt="auto">
            {recorded ? (
              <>
                <Button
                  size="sm"
                  variant="light"
                  leftSection={<IconPencil size={16} />}
                  onClick={onOpen}
                  // Both cards have "Ubah" and "Hapus": the names say which record.
                  aria-label={editLabel}
                >
                  {t('plan.edit')}
                </Button>
                <Button
                  size="sm"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  onClick={confirm.open}
                  aria-label={removeLabel}
                >
                  {t('plan.remove')}
                </Button>
              </>
            ) : (
              <Button size="sm" variant="light" leftSection={<IconPlus size={16} />} onClick={onOpen}>
                {addLabel}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={removeTitle}
        body={removeBody}
        confirmLabel={t('plan.remove')}
        onConfirm={onRemove}
        onClose={confirm.close}
      />
    </Paper>
  );
}
