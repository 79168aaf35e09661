/**
 * The inputs of an innovation, grouped as the IID form groups them: identity, classification, dates,
 * narrative, figures, budget, contacts, links. Controlled: the page holds the values and the errors;
 * every input's id is `field-<path>` so the page can focus the first one with a problem.
 */
import {
  Autocomplete,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/i18n/index';
import {
  InitiatorKind,
  InnovationForm as InnovationFormKind,
  InnovationStage,
  InnovationStatus,
} from '../../../shared/model/innovation';
import { useMessageText } from '../app/use-message';
import type { FieldErrors } from './form-errors';
import { inputId } from './form-parts';
import { ContactsInput, FiguresInput, LinksInput } from './InnovationFormRows';
import type { FieldName, InnovationFormValues } from './innovation-form-values';
import { fieldLabelKey } from './innovation-format';
import { SectionCard } from './SectionCard';

export interface InnovationFormProps {
  values: InnovationFormValues;
  errors: FieldErrors;
  onChange: <K extends FieldName>(field: K, value: InnovationFormValues[K]) => void;
  /** An input (`name`, `figures.0.label`) lost focus: check it now rather than on submit. */
  onBlurField: (path: string) => void;
  /** Pillars of the area, for the dimensions. */
  pillars: readonly { id: string; name: string }[];
  /** Urusan already used in the catalog: suggested so the same urusan is written the same way. */
  urusanSuggestions: readonly string[];
  tagSuggestions: readonly string[];
}

const BUDGET_SOURCES = ['APBD', 'APBN', 'APBDes', 'CSR', 'Swadaya masyarakat'];
function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export function InnovationForm({
  values,
  errors,
  onChange,
  onBlurField,
  pillars,
  urusanSuggestions,
  tagSuggestions,
}: InnovationFormProps) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const say = (message: Message | undefined): string | undefined =>
    message === undefined ? undefined : messageText(message);
  const label = (field: FieldName) => t(fieldLabelKey(field));
  /** The props every plain input shares: id, label, error, blur check. */
  const common = (field: FieldName) => ({
    id: inputId(field),
    label: label(field),
    error: say(errors[field]),
    onBlur: () => onBlurField(field),
  });
  const text = (field: FieldName & keyof PickByValue<InnovationFormValues, string>) => ({
    ...common(field),
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(field, event.currentTarget.value),
  });
  const initiatorKinds = InitiatorKind.options.map((value) => ({
    value,
    label: t(`innovation.initiatorKind.${value}`),
  }));
  const forms = InnovationFormKind.options.map((value) => ({ value, label: t(`innovation.form.${value}`) }));
  const stages = InnovationStage.options.map((value) => ({ value, label: t(`innovation.stage.${value}`) }));
  const statuses = InnovationStatus.options.map((value) => ({
    value,
    label: t(`innovation.status.${value}`),
  }));

  return (
    <Stack gap="lg">
      <SectionCard title={t('innovationEdit.section.identity')}>
        <TextInput {...text('name')} withAsterisk description={t('innovationEdit.hint.name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput {...text('opd')} withAsterisk description={t('innovationEdit.hint.opd')} />
          <Select
            {...common('initiatorKind')}
            withAsterisk
            allowDeselect={false}
            data={initiatorKinds}
            value={values.initiatorKind}
            onChange={(value) => onChange('initiatorKind', InitiatorKind.safeParse(value).data ?? null)}
          />
          <TextInput {...text('initiatorName')} description={t('innovationEdit.hint.initiatorName')} />
          <Select
            {...common('form')}
            withAsterisk
            allowDeselect={false}
            data={forms}
            value={values.form}
            onChange={(value) => onChange('form', InnovationFormKind.safeParse(value).data ?? null)}
          />
          <Select
            {...common('stage')}
            withAsterisk
            allowDeselect={false}
            data={stages}
            value={values.stage}
            onChange={(value) => onChange('stage', InnovationStage.safeParse(value).data ?? null)}
          />
          <Select
            {...common('status')}
            withAsterisk
            allowDeselect={false}
            data={statuses}
            value={values.status}
            onChange={(value) => onChange('status', InnovationStatus.safeParse(value).data ?? null)}
          />
        </SimpleGrid>
        <Switch
          id={inputId('digital')}
          label={t('innovationEdit.digitalLabel')}
          description={t('innovationEdit.hint.digital')}
          checked={values.digital}
          onChange={(event) => onChange('digital', event.currentTarget.checked)}
        />
      </SectionCard>

      <SectionCard title={t('innovationEdit.section.classification')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Autocomplete
            {...common('urusan')}
            withAsterisk
            description={t('innovationEdit.hint.urusan')}
            data={[...urusanSuggestions]}
            value={values.urusan}
            onChange={(value) => onChange('urusan', value)}
          />
          <TagsInput
            {...common('urusanIrisan')}
            description={t('innovationEdit.hint.list')}
            data={[...urusanSuggestions]}
            value={values.urusanIrisan}
            onChange={(value) => onChange('urusanIrisan', value)}
            splitChars={[',', ';']}
            clearable
          />
          <MultiSelect
            {...common('dimensions')}
            withAsterisk
            description={t('innovationEdit.hint.dimensions')}
            data={pillars.map((pillar) => ({ value: pillar.id, label: pillar.name }))}
            value={values.dimensions}
            onChange={(value) => onChange('dimensions', value)}
            clearable
          />
          <TagsInput
            {...common('tags')}
            description={t('innovationEdit.hint.list')}
            data={[...tagSuggestions]}
            value={values.tags}
            onChange={(value) => onChange('tags', value)}
            splitChars={[',', ';']}
            clearable
          />
        </SimpleGrid>
      </SectionCard>

      <SectionCard title={t('innovationEdit.section.dates')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput {...text('trialDate')} type="date" description={t('innovationEdit.hint.date')} />
          <TextInput
            {...text('implementationDate')}
            type="date"
            description={t('innovationEdit.hint.date')}
          />
        </SimpleGrid>
      </SectionCard>

      <SectionCard title={t('innovationEdit.section.narrative')}>
        <Textarea
          {...text('summary')}
          autosize
          minRows={2}
          maxRows={6}
          description={t('innovationEdit.hint.summary')}
        />
        <Textarea
          {...text('design')}
          autosize
          minRows={6}
          maxRows={20}
          description={t('innovationEdit.hint.design', { count: wordCount(values.design) })}
        />
        <Textarea {...text('goal')} autosize minRows={3} maxRows={10} />
        <Textarea {...text('benefit')} autosize minRows={3} maxRows={10} />
        <Textarea {...text('results')} autosize minRows={3} maxRows={10} />
      </SectionCard>

      <SectionCard title={label('figures')}>
        <FiguresInput
          rows={values.figures}
          onChange={(rows) => onChange('figures', rows)}
          errors={errors}
          onBlurField={onBlurField}
        />
      </SectionCard>

      <SectionCard title={label('budget')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            id={inputId('budget.amount')}
            label={t('innovationEdit.budget.amount')}
            description={t('innovationEdit.hint.budget')}
            error={say(errors['budget.amount'])}
            onBlur={() => onBlurField('budget.amount')}
            value={values.budget.amount}
            onChange={(value) => onChange('budget', { ...values.budget, amount: value })}
            leftSection="Rp"
            thousandSeparator="."
            decimalSeparator=","
            allowDecimal={false}
            allowNegative={false}
            hideControls
          />
          <Autocomplete
            id={inputId('budget.source')}
            label={t('innovationEdit.budget.source')}
            error={say(errors['budget.source'])}
            onBlur={() => onBlurField('budget.source')}
            data={BUDGET_SOURCES}
            value={values.budget.source}
            onChange={(value) => onChange('budget', { ...values.budget, source: value })}
          />
        </SimpleGrid>
      </SectionCard>

      <SectionCard title={label('contacts')}>
        <ContactsInput
          rows={values.contacts}
          onChange={(rows) => onChange('contacts', rows)}
          errors={errors}
          onBlurField={onBlurField}
        />
      </SectionCard>

      <SectionCard title={label('links')}>
        <LinksInput
          rows={values.links}
          onChange={(rows) => onChange('links', rows)}
          errors={errors}
          onBlurField={onBlurField}
        />
      </SectionCard>
    </Stack>
  );
}

type PickByValue<T, V> = { [K in keyof T as T[K] extends V ? K : never]: T[K] };
