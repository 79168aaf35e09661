/**
 * "Jadikan rencana replikasi Kab. X": a region editor picks another region's innovation from the
 * area's catalog; a plan draft is started in their region's document (as "Replikasi inovasi ini"
 * does) and the decision links to it. When the region already plans to replicate that innovation,
 * the decision links to that plan instead of starting a second one.
 */
import { Alert, Blockquote, Modal, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkDecision } from '../../../../shared/model/fgd';
import { useCatalog } from '../../app/hooks';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import { useRegionCommand } from '../../app/use-region-command';
import { regionLabel } from '../../data/catalog-store';
import { ModalForm } from '../../replication/plan/ModalForm';
import { planFor, startReplication } from '../../replication/start-replication';
import type { FgdView } from '../use-fgd';
import type { SessionDecision } from './DecisionModal';
import type { TargetFormProps } from './TargetModal';

/** Options shown at once; typing narrows the rest (an area holds a few thousand innovations). */
const SHOWN_OPTIONS = 60;

export function ConvertToPlanModal({
  view,
  decision,
  regionCode,
  onClose,
}: {
  view: FgdView;
  decision: SessionDecision | null;
  regionCode: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const title = t('fgdConsole.toPlan.title', { region: regionLabel(regionCode) });
  // The form mounts with the decision, so each opening starts empty (as TargetModal does).
  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('fgdConsole.toPlan.close') }}
    >
      {decision !== null && (
        <PlanForm view={view} target={decision} label={title} onDone={onClose} regionCode={regionCode} />
      )}
    </Modal>
  );
}

function PlanForm({
  view,
  target: decision,
  label,
  onDone,
  regionCode,
}: TargetFormProps<SessionDecision> & { regionCode: string }) {
  const { t } = useTranslation();
  const { workspace, ctx } = useSession();
  const snapshot = useCatalog();
  const inRegion = useRegionCommand();
  const notifyRefusal = useNotifyRefusal();
  const formRef = useRef<HTMLFormElement>(null);
  const [key, setKey] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const region = regionLabel(regionCode);
  const failed = t('fgdConsole.toPlan.failed');

  // A region does not replicate its own innovations: only the other regions' are offered.
  const options = useMemo(
    () =>
      snapshot.entries
        .filter((entry) => entry.innovation.regionCode !== regionCode)
        .map((entry) => ({ value: entry.key, label: `${entry.innovation.name} · ${entry.regionName}` })),
    [snapshot.entries, regionCode],
  );
  const chosen = key === null ? undefined : snapshot.byKey.get(key);
  const existing = chosen
    ? planFor(snapshot.plans.get(regionCode), chosen.innovation.regionCode, chosen.innovation.id)
    : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) {
      setError(t('fgdConsole.toPlan.pick'));
      return;
    }
    // Checked before a plan is started, so a decision linked meanwhile leaves no stray draft behind.
    const live = view.session?.decisions.find((entry) => entry.id === decision.id);
    if (live?.linked) {
      notifyRefusal(failed, { key: 'error.fgdDecisionLinked', params: {} });
      onDone();
      return;
    }
    const { regionCode: sourceCode, id, name } = chosen.innovation;
    const planId = existing
      ? { ok: true as const, value: existing.id }
      : inRegion(regionCode, (doc) =>
          startReplication(
            doc,
            regionCode,
            { regionCode: sourceCode, innovationId: id, innovationName: name },
            ctx,
          ),
        );
    if (!planId.ok) return notifyRefusal(failed, planId.error);
    const regionDoc = workspace.region(regionCode);
    if (!regionDoc) return notifyRefusal(failed, { key: 'error.notAMember', params: { region } });
    const linked = linkDecision(view.synced.doc, decision.id, { doc: regionDoc.name, id: planId.value }, ctx);
    if (!linked.ok) return notifyRefusal(failed, linked.error);
    notifications.show({
      color: 'teal',
      message: t(existing ? 'fgdConsole.toPlan.linked' : 'fgdConsole.toPlan.done', { name, region }),
    });
    onDone();
  };

  return (
    <ModalForm
      formRef={formRef}
      label={label}
      onSubmit={submit}
      onCancel={onDone}
      submitLabel={t(existing ? 'fgdConsole.toPlan.submitExisting' : 'fgdConsole.toPlan.submit')}
    >
      <Text size="sm" c="dimmed">
        {t('fgdConsole.toPlan.intro', { region })}
      </Text>
      <Blockquote color="gray" p="sm" fz="sm" style={{ overflowWrap: 'anywhere' }}>
        {decision.text}
      </Blockquote>
      <Select
        label={t('fgdConsole.toPlan.innovation')}
        placeholder={t('fgdConsole.toPlan.placeholder')}
        data={options}
        value={key}
        onChange={(value) => {
          setKey(value);
          setError(undefined);
        }}
        searchable
        limit={SHOWN_OPTIONS}
        nothingFoundMessage={t(
          options.length === 0 ? 'fgdConsole.toPlan.emptyCatalog' : 'fgdConsole.toPlan.nothingFound',
        )}
        error={error}
        withAsterisk
      />
      {existing && (
        <Alert variant="light" color="blue" py="xs">
          <Text size="sm">{t('fgdConsole.toPlan.existing', { region })}</Text>
        </Alert>
      )}
    </ModalForm>
  );
}
