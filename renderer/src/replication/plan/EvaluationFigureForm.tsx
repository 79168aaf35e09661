/** One before/after figure's inputs, in a dialog: indicator, unit, before, after and a note. */
import { Grid, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EvaluationFigure } from '../../../../shared/model/replication-plan';
import { inputId } from '../../catalog/form-parts';
import { ModalForm } from './ModalForm';
import { useCheckedForm } from './use-checked-form';

/** Number inputs give a number, or their text while it is not one (empty). */
export interface FigureValues {
  id: string;
  indicator: string;
  unit: string;
  before: number | string;
  after: number | string;
  note: string;
}

export function figureValuesOf(figure: EvaluationFigure): FigureValues {
  return { ...figure, before: figure.before ?? '', after: figure.after ?? '' };
}

/** What the schema is asked about: an empty number is "not measured". */
export function figureInput(values: FigureValues): unknown {
  const number = (value: number | string) => (value === '' ? null : value);
  return { ...values, before: number(values.before), after: number(values.after) };
}

export function EvaluationFigureForm({
  initial,
  label,
  onSave,
  onCancel,
}: {
  initial: () => FigureValues;
  label: string;
  onSave: (figure: EvaluationFigure) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useCheckedForm(initial, EvaluationFigure, figureInput);
  const id = (path: string) => inputId(`figure.${path}`);
  const number = (key: 'before' | 'after', label: string) => (
    <NumberInput
      id={id(key)}
      label={label}
      value={form.values[key]}
      error={form.errorAt(key)}
      onChange={(value) => form.update(key === 'before' ? { before: value } : { after: value })}
      thousandSeparator="."
      decimalSeparator=","
      hideControls
    />
  );
  return (
    <ModalForm
      formRef={form.formRef}
      label={label}
      onSubmit={form.submit(onSave)}
      onCancel={onCancel}
      submitLabel={t('plan.save')}
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            id={id('indicator')}
            label={t('plan.evaluation.indicator')}
            placeholder={t('plan.evaluation.indicatorPlaceholder')}
            withAsterisk
            data-autofocus
            {...form.text('indicator')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            id={id('unit')}
            label={t('plan.evaluation.unit')}
            placeholder={t('plan.evaluation.unitPlaceholder')}
            {...form.text('unit')}
          />
        </Grid.Col>
      </Grid>
      <SimpleGrid cols={2} spacing="md">
        {number('before', t('plan.evaluation.before'))}
        {number('after', t('plan.evaluation.after'))}
      </SimpleGrid>
      <Textarea
        id={id('note')}
        label={t('plan.evaluation.note')}
        description={t('plan.evaluation.noteHint')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.text('note')}
      />
    </ModalForm>
  );
}
