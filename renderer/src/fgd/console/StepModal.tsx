/**
 * Adds or edits one agenda step: title, instruction, minutes, what participants may do, and the
 * rules that come with it (hidden until reveal and anonymous for cards; budget and one-per-card
 * for votes). Checked with the model's own schema.
 */
import { NumberInput, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StepFields, setStep } from '../../../../shared/model/fgd';
import { inputId } from '../../catalog/form-parts';
import { ModalForm } from '../../replication/plan/ModalForm';
import { useCheckedForm } from '../../replication/plan/use-checked-form';
import { SegmentedField } from '../parts/SegmentedField';
import { useFgdCommand } from '../use-fgd';
import { newStepFields } from './new-step';
import type { SessionStep } from './step-text';
import { type TargetFormProps, TargetModal, type TargetModalProps } from './TargetModal';

export interface StepTarget {
  id: string;
  /** The step as it is, or null for a new one (at `order`). */
  step: SessionStep | null;
  order: number;
}

type StepValues = Omit<StepFields, 'minutes' | 'voteBudget'> & {
  minutes: number | string;
  voteBudget: number | string;
};

const toInput = (values: StepValues) => ({
  ...values,
  minutes: values.minutes === '' ? Number.NaN : Number(values.minutes),
  voteBudget: values.voteBudget === '' ? Number.NaN : Number(values.voteBudget),
});

export function StepModal(props: TargetModalProps<StepTarget>) {
  const { t } = useTranslation();
  return (
    <TargetModal
      {...props}
      title={t(props.target?.step ? 'fgdConsole.step.editTitle' : 'fgdConsole.step.addTitle')}
      form={StepForm}
    />
  );
}

function StepForm({ view, target, label, onDone }: TargetFormProps<StepTarget>) {
  const { t } = useTranslation();
  const run = useFgdCommand(view);
  const form = useCheckedForm<StepValues, typeof StepFields>(
    () => (target.step ? { ...target.step } : newStepFields(target.order)),
    StepFields,
    toInput,
  );
  const id = (key: string) => inputId(`fgdStep.${key}`);
  const save = form.submit((fields) => {
    if (run((doc, ctx) => setStep(doc, target.id, fields, ctx), t('fgdConsole.step.saveFailed'))) onDone();
  });
  const { values } = form;
  return (
    <ModalForm
      formRef={form.formRef}
      label={label}
      onSubmit={save}
      onCancel={onDone}
      submitLabel={t('fgdConsole.step.save')}
    >
      <TextInput
        id={id('title')}
        label={t('fgdConsole.step.title')}
        withAsterisk
        data-autofocus
        {...form.text('title')}
      />
      <Textarea
        id={id('instruction')}
        label={t('fgdConsole.step.instruction')}
        description={t('fgdConsole.step.instructionHint')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.text('instruction')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          id={id('minutes')}
          label={t('fgdConsole.step.minutes')}
          description={t('fgdConsole.step.minutesHint')}
          min={0}
          max={480}
          allowDecimal={false}
          value={values.minutes}
          onChange={(minutes) => form.update({ minutes })}
          error={form.errorAt('minutes')}
        />
        <SegmentedField
          label={t('fgdConsole.step.allow')}
          value={values.allow}
          onChange={(allow) => form.update({ allow: StepFields.shape.allow.parse(allow) })}
          options={(['cards', 'votes', 'nothing'] as const).map((value) => ({
            value,
            label: t(`fgdConsole.allow.${value}`),
          }))}
        />
      </SimpleGrid>
      {values.allow === 'cards' && (
        <Stack gap="sm">
          <Switch
            id={id('hideUntilReveal')}
            label={t('fgdConsole.step.hideUntilReveal')}
            description={t('fgdConsole.step.hideUntilRevealHint')}
            checked={values.hideUntilReveal}
            onChange={(event) => form.update({ hideUntilReveal: event.currentTarget.checked })}
          />
          <Switch
            id={id('anonymous')}
            label={t('fgdConsole.step.anonymous')}
            description={t('fgdConsole.step.anonymousHint')}
            checked={values.anonymous}
            onChange={(event) => form.update({ anonymous: event.currentTarget.checked })}
          />
        </Stack>
      )}
      {values.allow === 'votes' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            id={id('voteBudget')}
            label={t('fgdConsole.step.voteBudget')}
            description={t('fgdConsole.step.voteBudgetHint')}
            min={1}
            max={50}
            allowDecimal={false}
            value={values.voteBudget}
            onChange={(voteBudget) => form.update({ voteBudget })}
            error={form.errorAt('voteBudget')}
          />
          <Switch
            id={id('onePerCard')}
            mt="lg"
            label={t('fgdConsole.step.onePerCard')}
            checked={values.onePerCard}
            onChange={(event) => form.update({ onePerCard: event.currentTarget.checked })}
          />
        </SimpleGrid>
      )}
    </ModalForm>
  );
}
