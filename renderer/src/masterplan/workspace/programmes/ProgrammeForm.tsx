/**
 * A programme's inputs, in a dialog: its name and dimension, the lead OPD, where it stands in the
 * RPJMD/Renstra, its horizon, budget, and the catalog innovations and replication plans it builds
 * on. Checked with the model's own schema; problems show next to their input.
 */
import {
  Autocomplete,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProgrammeFields } from '../../../../../shared/model/master-plan';
import { BUDGET_SOURCES } from '../../../../../shared/model/replication-plan';
import { inputId, PillarSelect } from '../../../catalog/form-parts';
import { ModalForm } from '../../../replication/plan/ModalForm';
import { useCheckedForm } from '../../../replication/plan/use-checked-form';
import {
  HORIZONS,
  type Horizon,
  type ProgrammeInput,
  type ProgrammeValues,
  programmeInput,
} from './programme-values';
import type { useLinkOptions } from './use-link-options';

export function ProgrammeForm({
  initial,
  pillars,
  options,
  label,
  onSave,
  onCancel,
}: {
  initial: () => ProgrammeValues;
  pillars: readonly { id: string; name: string }[];
  options: ReturnType<typeof useLinkOptions>;
  label: string;
  onSave: (input: ProgrammeInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useCheckedForm(initial, ProgrammeFields, programmeInput);
  const id = (path: string) => inputId(`programme.${path}`);
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
        label={t('masterPlan.programme.name')}
        placeholder={t('masterPlan.programme.namePlaceholder')}
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
          label={t('masterPlan.programme.pillar')}
          pillars={pillars}
          value={values.pillarId}
          error={form.errorAt('pillarId')}
          onChange={(pillarId) => form.update({ pillarId })}
        />
        <TextInput
          id={id('leadOpd')}
          label={t('masterPlan.programme.leadOpd')}
          placeholder={t('masterPlan.programme.leadOpdPlaceholder')}
          withAsterisk
          {...form.text('leadOpd')}
        />
      </SimpleGrid>
      <TextInput
        id={id('rpjmdReference')}
        label={t('masterPlan.programme.rpjmd')}
        placeholder={t('masterPlan.programme.rpjmdPlaceholder')}
        {...form.text('rpjmdReference')}
      />
      <Select
        id={id('horizon')}
        label={t('masterPlan.programme.horizon')}
        allowDeselect={false}
        data={HORIZONS.map((horizon) => ({ value: horizon, label: t(`masterPlan.horizon.${horizon}`) }))}
        value={values.horizon}
        onChange={(value) => {
          if (value !== null) form.update({ horizon: value as Horizon });
        }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          id={id('budget.amount')}
          label={t('masterPlan.programme.budgetAmount')}
          leftSection="Rp"
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          allowNegative={false}
          hideControls
          value={values.amount}
          error={form.errorAt('budget.amount')}
          onChange={(amount) => form.update({ amount })}
        />
        <Autocomplete
          id={id('budget.source')}
          label={t('masterPlan.programme.budgetSource')}
          data={[...BUDGET_SOURCES]}
          value={values.source}
          error={form.errorAt('budget.source')}
          onChange={(source) => form.update({ source })}
        />
      </SimpleGrid>
      <MultiSelect
        id={id('innovations')}
        label={t('masterPlan.programme.innovations')}
        description={t('masterPlan.programme.innovationsHint')}
        placeholder={
          values.innovations.length === 0 ? t('masterPlan.programme.searchPlaceholder') : undefined
        }
        nothingFoundMessage={t('masterPlan.programme.nothingFound')}
        searchable
        hidePickedOptions
        limit={30}
        maxValues={50}
        data={options.innovations}
        value={values.innovations}
        error={form.errorAt('innovations') ?? form.errorAt('innovations.0')}
        onChange={(innovations) => form.update({ innovations })}
      />
      <MultiSelect
        id={id('replicationPlans')}
        label={t('masterPlan.programme.plans')}
        description={
          options.plans.length === 0 ? t('masterPlan.programme.noPlans') : t('masterPlan.programme.plansHint')
        }
        searchable
        hidePickedOptions
        disabled={options.plans.length === 0}
        data={options.plans}
        value={values.replicationPlans}
        error={form.errorAt('replicationPlans')}
        onChange={(replicationPlans) => form.update({ replicationPlans })}
      />
    </ModalForm>
  );
}
