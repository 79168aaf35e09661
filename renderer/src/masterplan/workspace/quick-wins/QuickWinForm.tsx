/**
 * A quick win's inputs, in a dialog: its name and dimension, the existing service it sharpens, how
 * many months it takes (6–12), and its impact figures (what, unit, expected, actual). Checked with
 * the model's own schema.
 */
import { NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QuickWinFields } from '../../../../../shared/model/master-plan';
import { inputId, PillarSelect } from '../../../catalog/form-parts';
import { RepeatableRows } from '../../../catalog/RepeatableRows';
import { ModalForm } from '../../../replication/plan/ModalForm';
import { useCheckedForm } from '../../../replication/plan/use-checked-form';
import { impactRow, type QuickWinInput, type QuickWinValues, quickWinInput } from './quick-win-values';

const MAX_FIGURES = 10;

export function QuickWinForm({
  initial,
  pillars,
  label,
  onSave,
  onCancel,
}: {
  initial: () => QuickWinValues;
  pillars: readonly { id: string; name: string }[];
  label: string;
  onSave: (input: QuickWinInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useCheckedForm(initial, QuickWinFields, quickWinInput);
  const id = (path: string) => inputId(`quickWin.${path}`);
  const { values } = form;
  return (
    <ModalForm
      formRef={form.formRef}
      label={label}
      onSubmit={form.submit(onSave)}
      onCancel={onCancel}
      submitLabel={t('masterPlan.save')}
    >
      <Textarea
        id={id('name')}
        label={t('masterPlan.quickWin.name')}
        placeholder={t('masterPlan.quickWin.namePlaceholder')}
        withAsterisk
        autosize
        minRows={1}
        maxRows={4}
        data-autofocus
        {...form.text('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <PillarSelect
          id={id('pillar')}
          label={t('masterPlan.quickWin.pillar')}
          pillars={pillars}
          value={values.pillarId}
          error={form.errorAt('pillarId')}
          onChange={(pillarId) => form.update({ pillarId })}
        />
        <NumberInput
          id={id('months')}
          label={t('masterPlan.quickWin.months')}
          description={t('masterPlan.quickWin.monthsHint')}
          withAsterisk
          min={6}
          max={12}
          allowDecimal={false}
          allowNegative={false}
          value={values.months}
          error={form.errorAt('months')}
          onChange={(months) => form.update({ months })}
        />
      </SimpleGrid>
      <TextInput
        id={id('service')}
        label={t('masterPlan.quickWin.service')}
        description={t('masterPlan.quickWin.serviceHint')}
        withAsterisk
        {...form.text('service')}
      />
      <RepeatableRows
        rows={values.impact}
        max={MAX_FIGURES}
        addLabel={t('masterPlan.quickWin.addFigure')}
        removeLabel={(index) => t('masterPlan.quickWin.removeFigure', { index })}
        emptyHint={t('masterPlan.quickWin.figuresEmpty')}
        onChange={(impact) => form.update({ impact })}
        create={() => impactRow()}
        error={form.errorAt('impact')}
        renderRow={(row, index, update) => (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              id={id(`impact.${index}.label`)}
              label={t('masterPlan.quickWin.figureLabel', { index: index + 1 })}
              placeholder={t('masterPlan.quickWin.figureLabelPlaceholder')}
              withAsterisk
              value={row.label}
              error={form.errorAt(`impact.${index}.label`)}
              onChange={(event) => update({ label: event.currentTarget.value })}
            />
            <TextInput
              id={id(`impact.${index}.unit`)}
              label={t('masterPlan.quickWin.figureUnit', { index: index + 1 })}
              placeholder={t('masterPlan.quickWin.figureUnitPlaceholder')}
              value={row.unit}
              error={form.errorAt(`impact.${index}.unit`)}
              onChange={(event) => update({ unit: event.currentTarget.value })}
            />
            <NumberInput
              id={id(`impact.${index}.expected`)}
              label={t('masterPlan.quickWin.figureExpected', { index: index + 1 })}
              withAsterisk
              decimalSeparator=","
              thousandSeparator="."
              hideControls
              value={row.expected}
              error={form.errorAt(`impact.${index}.expected`)}
              onChange={(expected) => update({ expected })}
            />
            <NumberInput
              id={id(`impact.${index}.actual`)}
              label={t('masterPlan.quickWin.figureActual', { index: index + 1 })}
              description={t('masterPlan.quickWin.figureActualHint')}
              decimalSeparator=","
              thousandSeparator="."
              hideControls
              value={row.actual}
              onChange={(actual) => update({ actual })}
            />
          </SimpleGrid>
        )}
      />
    </ModalForm>
  );
}
