/** Adds or edits a decision or an action item: what, who follows it up, and by when. */
import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Decision, setDecision } from '../../../../shared/model/fgd';
import { inputId } from '../../catalog/form-parts';
import { ModalForm } from '../../replication/plan/ModalForm';
import { useCheckedForm } from '../../replication/plan/use-checked-form';
import { SegmentedField } from '../parts/SegmentedField';
import { useFgdCommand } from '../use-fgd';
import { type TargetFormProps, TargetModal, type TargetModalProps } from './TargetModal';

export type SessionDecision = z.infer<typeof Decision>;

export interface DecisionTarget {
  id: string;
  decision: SessionDecision | null;
}

interface DecisionValues {
  kind: SessionDecision['kind'];
  text: string;
  owner: string;
  /** yyyy-mm-dd from a native date input; '' when there is no due date. */
  dueDate: string;
}

const DecisionInput = Decision.pick({ kind: true, text: true, owner: true, dueDate: true });
const Kind = z.enum(['decision', 'action']);

export function DecisionModal(props: TargetModalProps<DecisionTarget>) {
  const { t } = useTranslation();
  return (
    <TargetModal
      {...props}
      title={t(props.target?.decision ? 'fgdConsole.decision.editTitle' : 'fgdConsole.decision.addTitle')}
      form={DecisionForm}
    />
  );
}

function DecisionForm({ view, target, label, onDone }: TargetFormProps<DecisionTarget>) {
  const { t } = useTranslation();
  const run = useFgdCommand(view);
  const form = useCheckedForm<DecisionValues, typeof DecisionInput>(
    () => ({
      kind: target.decision?.kind ?? 'action',
      text: target.decision?.text ?? '',
      owner: target.decision?.owner ?? '',
      dueDate: target.decision?.dueDate ?? '',
    }),
    DecisionInput,
    (values) => ({ ...values, dueDate: values.dueDate === '' ? null : values.dueDate }),
  );
  const id = (key: string) => inputId(`fgdDecision.${key}`);
  const save = form.submit((input) => {
    const linked = target.decision?.linked ?? null;
    if (
      run(
        (doc, ctx) => setDecision(doc, target.id, { ...input, linked }, ctx),
        t('fgdConsole.decision.saveFailed'),
      )
    )
      onDone();
  });
  return (
    <ModalForm
      formRef={form.formRef}
      label={label}
      onSubmit={save}
      onCancel={onDone}
      submitLabel={t('fgdConsole.decision.save')}
    >
      <SegmentedField
        label={t('fgdConsole.decision.kindLabel')}
        value={form.values.kind}
        onChange={(kind) => form.update({ kind: Kind.parse(kind) })}
        options={Kind.options.map((value) => ({ value, label: t(`fgdConsole.decision.kind.${value}`) }))}
      />
      <Textarea
        id={id('text')}
        label={t('fgdConsole.decision.text')}
        withAsterisk
        autosize
        minRows={2}
        maxRows={6}
        data-autofocus
        {...form.text('text')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          id={id('owner')}
          label={t('fgdConsole.decision.owner')}
          placeholder={t('fgdConsole.decision.ownerPlaceholder')}
          {...form.text('owner')}
        />
        <TextInput
          id={id('dueDate')}
          type="date"
          label={t('fgdConsole.decision.dueDate')}
          {...form.text('dueDate')}
        />
      </SimpleGrid>
    </ModalForm>
  );
}
