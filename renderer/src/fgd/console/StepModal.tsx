/**
 * Adds or edits one agenda step: title, instruction, minutes, what participants may do, and the
 * rules that come with it (hidden until reveal and anonymous for cards; budget and one-per-card
 * for votes). Checked with the model's own schema.
 */
import {
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFields, setStep } from '../../../../shared/model/fgd';
import { inputId } from '../../catalog/form-parts';
import { ModalForm } from '../../replication/plan/ModalForm';
import { useCheckedForm } from '../../replication/plan/use-checked-form';
import { type FgdView, useFgdCommand } from '../use-fgd';
import type { SessionStep } from './step-text';

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

export function StepModal({
  view,
  target,
  onClose,
}: {
  view: FgdView;
  target: StepTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const title = t(target?.step ? 'fgdConsole.step.editTitle' : 'fgdConsole.step.addTitle');
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target && <StepForm view={view} target={target} label={title} onDone={onClose} />}
    </Modal>
  );
}

function StepForm({
  view,
  target,
  label,
  onDone,
}: {
  view: FgdView;
  target: StepTarget;
  label: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const run = useFgdCommand(view);
  const allowLabelId = useId();
  const form = useCheckedForm<StepValues, typeof StepFields>(
    () =>
      target.step
        ? { ...target.step }
        : {
            title: '',
            instruction: '',
            minutes: 10,
            allow: 'cards',
            hideUntilReveal: true,
            anonymous: false,
            voteBudget: 3,
            onePerCard: false,
            order: target.order,
          },
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
        <Stack gap={4}>
          <Text size="sm" fw={500} id={allowLabelId}>
            {t('fgdConsole.step.allow')}
          </Text>
          <SegmentedControl
            aria-labelledby={allowLabelId}
            value={values.allow}
            onChange={(allow) => form.update({ allow: StepFields.shape.allow.parse(allow) })}
            data={(['cards', 'votes', 'nothing'] as const).map((value) => ({
              value,
              label: t(`fgdConsole.allow.${value}`),
            }))}
          />
        </Stack>
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
