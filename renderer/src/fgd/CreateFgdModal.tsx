/**
 * A facilitator or coordinator starts an FGD session: title, date, venue and who facilitates. The
 * new document gets the default agenda; a coordinator's session goes into the area's index, a
 * facilitator's is remembered on this device (only coordinators write the area's index).
 */
import { Modal, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createArea, registerFgd } from '../../../shared/model/area';
import { createSession, SessionMeta, setStep } from '../../../shared/model/fgd';
import { EntryId } from '../../../shared/model/fields';
import { useSession } from '../app/session';
import { useNotifyRefusal } from '../app/use-notify';
import { inputId } from '../catalog/form-parts';
import { slugify } from '../catalog/innovation-form-values';
import { isoToday } from '../replication/dates';
import { ModalForm } from '../replication/plan/ModalForm';
import { useCheckedForm } from '../replication/plan/use-checked-form';
import { defaultAgenda } from './console/default-agenda';
import { rememberLocalSession } from './console/local-sessions';
import { fgdPath } from './console/paths';

interface CreateValues {
  title: string;
  /** yyyy-mm-dd from a native date input. */
  date: string;
  venue: string;
  facilitators: string[];
}

/** "FGD Replikasi Solo" → "fgd-replikasi-solo-4k2x9": readable in links, unique without a server. */
export function newFgdId(title: string, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, '0');
  const id = `${slugify(title).slice(0, 50).replace(/-+$/, '') || 'fgd'}-${suffix}`;
  return EntryId.safeParse(id).success ? id : `fgd-${suffix}`;
}

export function CreateFgdModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('fgdConsole.create.title')} size="lg">
      {opened && <CreateForm onDone={onClose} />}
    </Modal>
  );
}

function CreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { workspace, ctx, preset, profile } = useSession();
  const navigate = useNavigate();
  const notifyRefusal = useNotifyRefusal();
  const form = useCheckedForm<CreateValues, typeof SessionMeta>(
    () => ({ title: '', date: isoToday(), venue: '', facilitators: [profile.name] }),
    SessionMeta,
    (values) => values,
  );
  const id = (key: string) => inputId(`fgd.${key}`);
  const failed = t('fgdConsole.create.failed');
  const save = form.submit((meta) => {
    const fgdId = newFgdId(meta.title);
    if (profile.role === 'coordinator') {
      // An area nobody has set up yet is set up from its preset first: the index lives in its document.
      if (!workspace.area.doc.getMap('profile').has('id')) {
        const setUp = createArea(workspace.area.doc, preset, ctx);
        if (!setUp.ok) return notifyRefusal(failed, setUp.error);
      }
      const listed = registerFgd(workspace.area.doc, { id: fgdId, title: meta.title, date: meta.date }, ctx);
      if (!listed.ok) return notifyRefusal(failed, listed.error);
    } else {
      rememberLocalSession(preset.id, { id: fgdId, title: meta.title, date: meta.date });
    }
    const doc = workspace.fgd(fgdId).doc;
    const created = createSession(doc, meta, ctx);
    if (!created.ok) return notifyRefusal(failed, created.error);
    for (const step of defaultAgenda((key, part) => t(`fgdConsole.default.${key}.${part}`))) {
      const added = setStep(doc, step.id, step.fields, ctx);
      if (!added.ok) return notifyRefusal(failed, added.error);
    }
    onDone();
    navigate(fgdPath(fgdId));
  });
  return (
    <ModalForm
      formRef={form.formRef}
      label={t('fgdConsole.create.title')}
      onSubmit={save}
      onCancel={onDone}
      submitLabel={t('fgdConsole.create.submit')}
    >
      <TextInput
        id={id('title')}
        label={t('fgdConsole.field.title')}
        placeholder={t('fgdConsole.field.titlePlaceholder')}
        withAsterisk
        data-autofocus
        {...form.text('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          id={id('date')}
          type="date"
          label={t('fgdConsole.field.date')}
          withAsterisk
          {...form.text('date')}
        />
        <TextInput
          id={id('venue')}
          label={t('fgdConsole.field.venue')}
          placeholder={t('fgdConsole.field.venuePlaceholder')}
          {...form.text('venue')}
        />
      </SimpleGrid>
      <TagsInput
        id={id('facilitators')}
        label={t('fgdConsole.field.facilitators')}
        description={t('fgdConsole.field.facilitatorsHint')}
        value={form.values.facilitators}
        onChange={(facilitators) => form.update({ facilitators })}
        error={form.errorAt('facilitators')}
        maxTags={20}
        clearable
      />
    </ModalForm>
  );
}
