/**
 * A commitment item's inputs, in a dialog: what is committed, its dimension, the member regions that
 * lead and support it, and the follow-up steps. Checked with the model's own schema.
 */
import { MultiSelect, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ItemFields } from '../../../../shared/model/commitment';
import { inputId, PillarSelect } from '../../catalog/form-parts';
import { RepeatableRows } from '../../catalog/RepeatableRows';
import { regionLabel } from '../../data/catalog-store';
import { ModalForm } from '../../replication/plan/ModalForm';
import { useCheckedForm } from '../../replication/plan/use-checked-form';
import { followUpRow, type ItemInput, type ItemValues, itemInput } from './item-values';

const MAX_FOLLOW_UPS = 30;

export function ItemForm({
  initial,
  pillars,
  members,
  label,
  onSave,
  onCancel,
}: {
  initial: () => ItemValues;
  pillars: readonly { id: string; name: string }[];
  /** Member region codes, in signing order. */
  members: readonly string[];
  label: string;
  onSave: (input: ItemInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useCheckedForm(initial, ItemFields, itemInput);
  const id = (path: string) => inputId(`commitmentItem.${path}`);
  const regions = members.map((code) => ({ value: code, label: regionLabel(code) }));
  const { values } = form;
  return (
    <ModalForm
      formRef={form.formRef}
      label={label}
      onSubmit={form.submit(onSave)}
      onCancel={onCancel}
      submitLabel={t('commitmentItems.save')}
    >
      <Textarea
        id={id('title')}
        label={t('commitmentItems.field.title')}
        placeholder={t('commitmentItems.field.titlePlaceholder')}
        withAsterisk
        autosize
        minRows={2}
        maxRows={6}
        data-autofocus
        {...form.text('title')}
      />
      <PillarSelect
        id={id('pillar')}
        label={t('commitmentItems.field.pillar')}
        pillars={pillars}
        value={values.pillarId}
        error={form.errorAt('pillarId')}
        onChange={(pillarId) => form.update({ pillarId })}
      />
      <MultiSelect
        id={id('lead')}
        label={t('commitmentItems.field.lead')}
        placeholder={values.lead.length === 0 ? t('commitmentItems.field.regionPlaceholder') : undefined}
        nothingFoundMessage={t('commitmentItems.field.regionNothing')}
        searchable
        hidePickedOptions
        data={regions}
        value={values.lead}
        error={form.errorAt('lead') ?? form.errorAt('lead.0')}
        onChange={(lead) =>
          form.update({ lead, supporting: values.supporting.filter((code) => !lead.includes(code)) })
        }
      />
      <MultiSelect
        id={id('supporting')}
        label={t('commitmentItems.field.supporting')}
        placeholder={
          values.supporting.length === 0 ? t('commitmentItems.field.regionPlaceholder') : undefined
        }
        nothingFoundMessage={t('commitmentItems.field.regionNothing')}
        searchable
        hidePickedOptions
        // A lead region is not also a supporting one.
        data={regions.filter((region) => !values.lead.includes(region.value))}
        value={values.supporting}
        error={form.errorAt('supporting') ?? form.errorAt('supporting.0')}
        onChange={(supporting) => form.update({ supporting })}
      />
      <RepeatableRows
        rows={values.followUps}
        max={MAX_FOLLOW_UPS}
        addLabel={t('commitmentItems.addFollowUp')}
        removeLabel={(index) => t('commitmentItems.removeFollowUp', { index })}
        emptyHint={t('commitmentItems.followUpsEmpty')}
        onChange={(followUps) => form.update({ followUps })}
        create={() => followUpRow()}
        error={form.errorAt('followUps')}
        renderRow={(row, index, update) => (
          <TextInput
            id={id(`followUps.${index}`)}
            label={t('commitmentItems.field.followUp', { index: index + 1 })}
            placeholder={t('commitmentItems.field.followUpPlaceholder')}
            value={row.text}
            error={form.errorAt(`followUps.${index}`)}
            onChange={(event) => update({ text: event.currentTarget.value })}
          />
        )}
      />
    </ModalForm>
  );
}
