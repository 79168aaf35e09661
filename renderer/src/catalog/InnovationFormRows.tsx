/**
 * The repeatable parts of the innovation form: figures (before → after), contacts and links. Each
 * row's inputs are named `<list>.<index>.<field>` so a problem shows on the exact input.
 */
import { Grid, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/i18n/index';
import { useMessageText } from '../app/use-message';
import type { FieldErrors } from './form-errors';
import { inputId } from './form-parts';
import {
  type ContactRow,
  emptyContact,
  emptyFigure,
  emptyLink,
  type FigureRow,
  type LinkRow,
} from './innovation-form-values';
import { RepeatableRows } from './RepeatableRows';

/** Row limits as InnovationFields sets them; the schema still has the last word on submit. */
const MAX = { figures: 20, contacts: 10, links: 30 };

export interface RowsInputProps<Row> {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: FieldErrors;
  onBlurField: (path: string) => void;
}

/** Error text and the props every row input shares: id, error, blur check. */
function useRowProps(errors: FieldErrors, onBlurField: (path: string) => void) {
  const messageText = useMessageText();
  const say = (message: Message | undefined): string | undefined =>
    message === undefined ? undefined : messageText(message);
  const row = (path: string) => ({
    id: inputId(path),
    error: say(errors[path]),
    onBlur: () => onBlurField(path),
  });
  return { say, row };
}

export function FiguresInput({ rows, onChange, errors, onBlurField }: RowsInputProps<FigureRow>) {
  const { t } = useTranslation();
  const { say, row } = useRowProps(errors, onBlurField);
  return (
    <RepeatableRows
      rows={rows}
      max={MAX.figures}
      addLabel={t('innovationEdit.figures.add')}
      removeLabel={(index) => t('innovationEdit.figures.remove', { index })}
      emptyHint={t('innovationEdit.figures.empty')}
      create={emptyFigure}
      error={say(errors.figures)}
      onChange={onChange}
      renderRow={(figure, index, update) => (
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              {...row(`figures.${index}.label`)}
              label={t('innovationEdit.figures.label')}
              value={figure.label}
              onChange={(event) => update({ label: event.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <NumberInput
              {...row(`figures.${index}.before`)}
              label={t('innovationEdit.figures.before')}
              value={figure.before}
              onChange={(value) => update({ before: value })}
              thousandSeparator="."
              decimalSeparator=","
              hideControls
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <NumberInput
              {...row(`figures.${index}.after`)}
              label={t('innovationEdit.figures.after')}
              value={figure.after}
              onChange={(value) => update({ after: value })}
              thousandSeparator="."
              decimalSeparator=","
              hideControls
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 2 }}>
            <TextInput
              {...row(`figures.${index}.unit`)}
              label={t('innovationEdit.figures.unit')}
              value={figure.unit}
              onChange={(event) => update({ unit: event.currentTarget.value })}
            />
          </Grid.Col>
        </Grid>
      )}
    />
  );
}

export function ContactsInput({ rows, onChange, errors, onBlurField }: RowsInputProps<ContactRow>) {
  const { t } = useTranslation();
  const { say, row } = useRowProps(errors, onBlurField);
  return (
    <RepeatableRows
      rows={rows}
      max={MAX.contacts}
      addLabel={t('innovationEdit.contacts.add')}
      removeLabel={(index) => t('innovationEdit.contacts.remove', { index })}
      emptyHint={t('innovationEdit.contacts.empty')}
      create={emptyContact}
      error={say(errors.contacts)}
      onChange={onChange}
      renderRow={(contact, index, update) => (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            {...row(`contacts.${index}.name`)}
            label={t('innovationEdit.contacts.name')}
            value={contact.name}
            onChange={(event) => update({ name: event.currentTarget.value })}
          />
          <TextInput
            {...row(`contacts.${index}.phone`)}
            label={t('innovationEdit.contacts.phone')}
            type="tel"
            value={contact.phone}
            onChange={(event) => update({ phone: event.currentTarget.value })}
          />
          <TextInput
            {...row(`contacts.${index}.email`)}
            label={t('innovationEdit.contacts.email')}
            type="email"
            value={contact.email}
            onChange={(event) => update({ email: event.currentTarget.value })}
          />
        </SimpleGrid>
      )}
    />
  );
}

export function LinksInput({ rows, onChange, errors, onBlurField }: RowsInputProps<LinkRow>) {
  const { t } = useTranslation();
  const { say, row } = useRowProps(errors, onBlurField);
  return (
    <RepeatableRows
      rows={rows}
      max={MAX.links}
      addLabel={t('innovationEdit.links.add')}
      removeLabel={(index) => t('innovationEdit.links.remove', { index })}
      emptyHint={t('innovationEdit.links.empty')}
      create={emptyLink}
      error={say(errors.links)}
      onChange={onChange}
      renderRow={(link, index, update) => (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            {...row(`links.${index}.label`)}
            label={t('innovationEdit.links.label')}
            value={link.label}
            onChange={(event) => update({ label: event.currentTarget.value })}
          />
          <TextInput
            {...row(`links.${index}.url`)}
            label={t('innovationEdit.links.url')}
            type="url"
            placeholder="https://"
            value={link.url}
            onChange={(event) => update({ url: event.currentTarget.value })}
          />
        </SimpleGrid>
      )}
    />
  );
}
