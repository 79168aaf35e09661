/**
 * Turns a decision or action item into a commitment item: pick one of the area's commitments and a
 * smart-city dimension; the item is added to that commitment and the decision keeps a link to it.
 * Commitment items are written by member editors (coordinators), decisions by facilitators — so a
 * coordinator does this.
 */
import { Alert, Select, Text, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentDocName, ItemFields, setCommitmentItem } from '../../../../shared/model/commitment';
import { setDecision } from '../../../../shared/model/fgd';
import { useArea } from '../../app/hooks';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import { type CommitmentView, useCommitmentView } from '../../commitment/use-commitment';
import { ModalForm } from '../../replication/plan/ModalForm';
import type { FgdView } from '../use-fgd';
import type { SessionDecision } from './DecisionModal';
import { newFgdEntryId } from './ids';
import { type TargetFormProps, TargetModal } from './TargetModal';

export function ConvertToItemModal({
  view,
  decision,
  onClose,
}: {
  view: FgdView;
  decision: SessionDecision | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <TargetModal
      view={view}
      target={decision}
      onClose={onClose}
      title={t('fgdConsole.convert.title')}
      form={ConvertForm}
    />
  );
}

function ConvertForm({ view, target: decision, label, onDone }: TargetFormProps<SessionDecision>) {
  const { t } = useTranslation();
  const area = useArea();
  const { workspace, ctx } = useSession();
  const notifyRefusal = useNotifyRefusal();
  const formRef = useRef<HTMLFormElement>(null);
  const [commitmentId, setCommitmentId] = useState<string | null>(area.commitments.at(-1)?.id ?? null);
  const [pillarId, setPillarId] = useState<string | null>(null);
  const [title, setTitle] = useState(decision.text.slice(0, 500));
  const [errors, setErrors] = useState<{ commitment?: string; pillar?: string; title?: string }>({});
  const failed = t('fgdConsole.convert.failed');

  // The chosen commitment's document is opened only once there is a choice (an empty id names no room).
  const body = (target: CommitmentView | null) => {
    const commitment = target?.commitment ?? null;
    const blocked =
      target === null
        ? null
        : !commitment
          ? t(target.loaded ? 'fgdConsole.convert.missing' : 'fgdConsole.convert.loading')
          : commitment.status === 'final'
            ? t('fgdConsole.convert.final')
            : null;

    const submit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const problems = {
        ...(commitmentId === null ? { commitment: t('fgdConsole.convert.pickCommitment') } : {}),
        ...(pillarId === null ? { pillar: t('fgdConsole.convert.pickPillar') } : {}),
        ...(title.trim().length < 3 ? { title: t('fgdConsole.convert.titleTooShort') } : {}),
      };
      setErrors(problems);
      if (
        commitmentId === null ||
        pillarId === null ||
        Object.keys(problems).length > 0 ||
        !commitment ||
        blocked
      )
        return;
      const followUp =
        decision.kind === 'action' && decision.owner !== ''
          ? [t('fgdConsole.convert.followUp', { owner: decision.owner, due: decision.dueDate ?? '—' })]
          : [];
      const order = commitment.items
        .filter((item) => item.pillarId === pillarId)
        .reduce((max, item) => Math.max(max, item.order + 1), 0);
      const fields = ItemFields.safeParse({
        pillarId,
        title: title.trim(),
        lead: [],
        supporting: [],
        followUps: followUp,
        order,
      });
      if (!fields.success) {
        setErrors({ title: t('fgdConsole.convert.titleTooShort') });
        return;
      }
      const itemId = newFgdEntryId('fgd');
      const added = setCommitmentItem(workspace.commitment(commitmentId).doc, itemId, fields.data, ctx);
      if (!added.ok) return notifyRefusal(failed, added.error);
      const { id: _id, created: _created, ...rest } = decision;
      const linked = setDecision(
        view.synced.doc,
        decision.id,
        { ...rest, linked: { doc: commitmentDocName(area.id, commitmentId), id: itemId } },
        ctx,
      );
      if (!linked.ok) return notifyRefusal(failed, linked.error);
      onDone();
    };

    return (
      <ModalForm
        formRef={formRef}
        label={label}
        onSubmit={submit}
        onCancel={onDone}
        submitLabel={t('fgdConsole.convert.submit')}
      >
        <Text size="sm" c="dimmed">
          {t('fgdConsole.convert.intro')}
        </Text>
        <Select
          label={t('fgdConsole.convert.commitment')}
          placeholder={t('fgdConsole.convert.commitmentPlaceholder')}
          data={area.commitments.map((entry) => ({ value: entry.id, label: entry.title }))}
          value={commitmentId}
          onChange={setCommitmentId}
          allowDeselect={false}
          error={errors.commitment}
          withAsterisk
          nothingFoundMessage={t('fgdConsole.convert.noCommitments')}
        />
        <Select
          label={t('fgdConsole.convert.pillar')}
          placeholder={t('fgdConsole.convert.pillarPlaceholder')}
          data={area.pillars.map((pillar) => ({ value: pillar.id, label: pillar.name }))}
          value={pillarId}
          onChange={setPillarId}
          allowDeselect={false}
          error={errors.pillar}
          withAsterisk
        />
        <Textarea
          label={t('fgdConsole.convert.itemTitle')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errors.title}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={500}
          withAsterisk
        />
        {blocked && (
          <Alert variant="light" color="yellow" py="xs">
            <Text size="sm">{blocked}</Text>
          </Alert>
        )}
      </ModalForm>
    );
  };
  return commitmentId === null ? body(null) : <WithCommitment id={commitmentId}>{body}</WithCommitment>;
}

function WithCommitment({ id, children }: { id: string; children: (view: CommitmentView) => ReactNode }) {
  return children(useCommitmentView(id));
}
