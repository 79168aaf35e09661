/** A milestone's inputs, in a dialog: title, stage, owner OPD, due date, status and notes. */
import { Autocomplete, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  MILESTONE_STATUSES,
  MilestoneFields,
  MilestoneStatus,
  REPLICATION_STAGES,
  ReplicationStage,
} from '../../../../shared/model/replication-plan';
import { inputId } from '../../catalog/form-parts';
import { ModalForm } from './ModalForm';
import { useCheckedForm } from './use-checked-form';

export function MilestoneForm({
  initial,
  opdSuggestions,
  label,
  onSave,
  onCancel,
}: {
  initial: () => MilestoneFields;
  /** OPDs already named in the region: suggested so the same OPD is written the same way. */
  opdSuggestions: readonly string[];
  label: string;
  onSave: (fields: MilestoneFields) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useCheckedForm(initial, MilestoneFields, (values) => values);
  const id = (path: string) => inputId(`milestone.${path}`);
  return (
    <ModalForm
      formRef={form.formRef}
      label={label}
      onSubmit={form.submit(onSave)}
      onCancel={onCancel}
      submitLabel={t('plan.save')}
    >
      <TextInput
        id={id('title')}
        label={t('plan.milestone.titleField')}
        placeholder={t('plan.milestone.titlePlaceholder')}
        withAsterisk
        data-autofocus
        {...form.text('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          id={id('stage')}
          label={t('plan.milestone.stage')}
          withAsterisk
          allowDeselect={false}
          data={REPLICATION_STAGES.map((value) => ({ value, label: t(`replicationStage.${value}`) }))}
          value={form.values.stage}
          error={form.errorAt('stage')}
          onChange={(value) => {
            const stage = ReplicationStage.safeParse(value);
            if (stage.success) form.update({ stage: stage.data });
          }}
        />
        <Select
          id={id('status')}
          label={t('plan.milestone.status')}
          withAsterisk
          allowDeselect={false}
          data={MILESTONE_STATUSES.map((value) => ({ value, label: t(`plan.milestoneStatus.${value}`) }))}
          value={form.values.status}
          error={form.errorAt('status')}
          onChange={(value) => {
            const status = MilestoneStatus.safeParse(value);
            if (status.success) form.update({ status: status.data });
          }}
        />
        <Autocomplete
          id={id('ownerOpd')}
          label={t('plan.milestone.ownerOpd')}
          withAsterisk
          data={[...opdSuggestions]}
          value={form.values.ownerOpd}
          error={form.errorAt('ownerOpd')}
          onChange={(value) => form.update({ ownerOpd: value })}
        />
        <TextInput
          id={id('dueDate')}
          type="date"
          label={t('plan.milestone.dueDate')}
          withAsterisk
          {...form.text('dueDate')}
        />
      </SimpleGrid>
      <Textarea
        id={id('notes')}
        label={t('plan.milestone.notes')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.text('notes')}
      />
    </ModalForm>
  );
}
