/**
 * A coordinator starts a commitment: its title and the event it is meant for. The new document gets
 * an outline with one heading per smart-city dimension of the area, and the area's index lists it.
 */
import { Modal, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createArea, registerCommitment } from '../../../shared/model/area';
import { CommitmentCreateInput, createCommitment, writeOutline } from '../../../shared/model/commitment';
import { useArea } from '../app/hooks';
import { useSession } from '../app/session';
import { useNotifyRefusal } from '../app/use-notify';
import { inputId } from '../catalog/form-parts';
import { newInnovationId } from '../catalog/innovation-form-values';
import { isoToday } from '../replication/dates';
import { ModalForm } from '../replication/plan/ModalForm';
import { useCheckedForm } from '../replication/plan/use-checked-form';
import { commitmentPath } from './CommitmentPage';

interface CreateValues {
  title: string;
  eventTitle: string;
  /** yyyy-mm-dd from a native date input; '' when not yet known. */
  eventDate: string;
  venue: string;
}

const toInput = (values: CreateValues) => ({
  title: values.title,
  event: {
    title: values.eventTitle,
    date: values.eventDate === '' ? null : values.eventDate,
    venue: values.venue,
  },
});

export function CreateCommitmentModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('commitmentList.createTitle')} size="lg">
      {opened && <CreateForm onDone={onClose} />}
    </Modal>
  );
}

function CreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { workspace, ctx, preset } = useSession();
  const area = useArea();
  const navigate = useNavigate();
  const notifyRefusal = useNotifyRefusal();
  const form = useCheckedForm<CreateValues, typeof CommitmentCreateInput>(
    () => ({ title: '', eventTitle: '', eventDate: isoToday(), venue: '' }),
    CommitmentCreateInput,
    toInput,
  );
  const id = (key: string) => inputId(`commitment.${key}`);
  const save = form.submit((input) => {
    const commitmentId = newInnovationId(input.title);
    // An area nobody has set up yet is set up from its preset first: the index lives in its document.
    if (!workspace.area.doc.getMap('profile').has('id')) {
      const setUp = createArea(workspace.area.doc, preset, ctx);
      if (!setUp.ok) return notifyRefusal(t('commitmentList.createFailed'), setUp.error);
    }
    // The index next: a coordinator-only write, so a refusal here leaves no orphan document behind.
    const listed = registerCommitment(workspace.area.doc, { id: commitmentId, title: input.title }, ctx);
    if (!listed.ok) return notifyRefusal(t('commitmentList.createFailed'), listed.error);
    const doc = workspace.commitment(commitmentId).doc;
    const created = createCommitment(doc, input, ctx);
    if (!created.ok) return notifyRefusal(t('commitmentList.createFailed'), created.error);
    const outlined = writeOutline(
      doc,
      area.pillars.map((pillar) => pillar.name),
      ctx,
    );
    if (!outlined.ok) return notifyRefusal(t('commitmentList.createFailed'), outlined.error);
    onDone();
    navigate(commitmentPath(commitmentId));
  });
  return (
    <ModalForm
      formRef={form.formRef}
      label={t('commitmentList.createTitle')}
      onSubmit={save}
      onCancel={onDone}
      submitLabel={t('commitmentList.createSubmit')}
    >
      <TextInput
        id={id('title')}
        label={t('commitmentList.field.title')}
        placeholder={t('commitmentList.field.titlePlaceholder', { area: area.name })}
        withAsterisk
        data-autofocus
        {...form.text('title')}
      />
      <TextInput
        id={id('eventTitle')}
        label={t('commitmentList.field.event')}
        placeholder={t('commitmentList.field.eventPlaceholder')}
        {...form.text('eventTitle')}
        error={form.errorAt('event.title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          id={id('eventDate')}
          type="date"
          label={t('commitmentList.field.date')}
          {...form.text('eventDate')}
          error={form.errorAt('event.date')}
        />
        <TextInput
          id={id('venue')}
          label={t('commitmentList.field.venue')}
          placeholder={t('commitmentList.field.venuePlaceholder')}
          {...form.text('venue')}
          error={form.errorAt('event.venue')}
        />
      </SimpleGrid>
    </ModalForm>
  );
}
