/** The forms of the letter of intent and the PKS/MoU, shown in a dialog by FormalRecords. */
import { ActionIcon, Button, Group, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inputId } from '../../catalog/form-parts';
import { ModalForm } from './ModalForm';
import {
  Agreement,
  type AgreementValues,
  agreementInput,
  LetterOfIntent,
  type LetterValues,
  letterInput,
  partyRow,
} from './record-values';
import { useCheckedForm } from './use-checked-form';

/** Parties a PKS/MoU may list; the model asks for at least two. */
const MAX_PARTIES = 10;

interface NumberAndDateForm {
  text: (key: 'number' | 'date') => {
    value: string;
    error: string | undefined;
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  };
}

/** What both formal records have: the document's number and date. */
function NumberAndDate({
  idPrefix,
  placeholder,
  form,
}: {
  idPrefix: string;
  placeholder: string;
  form: NumberAndDateForm;
}) {
  const { t } = useTranslation();
  const id = (path: string) => inputId(`${idPrefix}.${path}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        id={id('number')}
        label={t('plan.record.number')}
        placeholder={placeholder}
        withAsterisk
        data-autofocus
        {...form.text('number')}
      />
      <TextInput
        id={id('date')}
        type="date"
        label={t('plan.record.date')}
        withAsterisk
        {...form.text('date')}
      />
    </SimpleGrid>
  );
}

export interface RecordFormProps<Value, Values> {
  initial: () => Values;
  onSave: (value: Value) => void;
  onCancel: () => void;
  label: string;
}

export function LetterOfIntentForm({
  initial,
  onSave,
  onCancel,
  label,
}: RecordFormProps<LetterOfIntent, LetterValues>) {
  const { t } = useTranslation();
  const form = useCheckedForm(initial, LetterOfIntent, letterInput);
  const id = (path: string) => inputId(`letter.${path}`);
  return (
    <ModalForm
      formRef={form.formRef}
      label={label}
      onSubmit={form.submit(onSave)}
      onCancel={onCancel}
      submitLabel={t('plan.save')}
    >
      <NumberAndDate idPrefix="letter" placeholder="500/123/Diskominfo/2025" form={form} />
      <TextInput
        id={id('link')}
        type="url"
        label={t('plan.letter.link')}
        description={t('plan.letter.linkHint')}
        placeholder="https://"
        {...form.text('link')}
      />
    </ModalForm>
  );
}

export function AgreementForm({
  initial,
  onSave,
  onCancel,
  label,
}: RecordFormProps<Agreement, AgreementValues>) {
  const { t } = useTranslation();
  const form = useCheckedForm(initial, Agreement, agreementInput);
  const id = (path: string) => inputId(`agreement.${path}`);
  const { parties } = form.values;
  const setParty = (index: number, name: string) =>
    form.update({ parties: parties.map((party, at) => (at === index ? { ...party, name } : party)) });
  return (
    <ModalForm
      formRef={form.formRef}
      label={label}
      onSubmit={form.submit(onSave)}
      onCancel={onCancel}
      submitLabel={t('plan.save')}
    >
      <NumberAndDate idPrefix="agreement" placeholder="119/PKS/2025" form={form} />
      <Stack gap="xs" component="fieldset" style={{ border: 0, margin: 0, padding: 0 }}>
        <Text component="legend" size="sm" fw={600} p={0}>
          {t('plan.agreement.parties')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('plan.agreement.partiesHint')}
        </Text>
        {parties.map((party, index) => (
          <Group key={party.key} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              id={id(`parties.${index}`)}
              style={{ flex: 1 }}
              aria-label={t('plan.agreement.party', { index: index + 1 })}
              value={party.name}
              error={form.errorAt(`parties.${index}`)}
              onChange={(event) => setParty(index, event.currentTarget.value)}
            />
            <Tooltip label={t('plan.agreement.removeParty', { index: index + 1 })}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('plan.agreement.removeParty', { index: index + 1 })}
                disabled={parties.length <= 2}
                onClick={() => form.update({ parties: parties.filter((_, at) => at !== index) })}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        {form.errors.parties !== undefined && (
          <Text size="sm" c="red.9" role="alert">
            {t('plan.agreement.partiesMin')}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="sm"
            leftSection={<IconPlus size={16} />}
            disabled={parties.length >= MAX_PARTIES}
            onClick={() => form.update({ parties: [...parties, partyRow('')] })}
          >
            {t('plan.agreement.addParty')}
          </Button>
        </Group>
      </Stack>
    </ModalForm>
  );
}
