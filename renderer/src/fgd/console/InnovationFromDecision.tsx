/**
 * The new-innovation form started from an FGD decision ("Jadikan inovasi Kab. X"): waits for the
 * session's document, fills the name from the decision's first words and the summary with its text,
 * and once the innovation is saved links the decision to it and goes back to the decisions tab.
 * A decision that is gone or already became something else starts a plain form, and says so.
 */
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { linkDecision } from '../../../../shared/model/fgd';
import { refuse } from '../../../../shared/model/result';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import type { InnovationOrigin } from '../../catalog/InnovationEditPage';
import { InnovationLoading } from '../../catalog/InnovationStates';
import { regionLabel } from '../../data/catalog-store';
import { useFgdView } from '../use-fgd';
import { type DecisionSource, innovationNameFrom } from './from-decision';
import { fgdPath } from './paths';

export function InnovationFromDecision({
  source,
  regionCode,
  children,
}: {
  source: DecisionSource;
  regionCode: string;
  children: (origin: InnovationOrigin) => ReactNode;
}) {
  const { t } = useTranslation();
  const { workspace, ctx } = useSession();
  const notifyRefusal = useNotifyRefusal();
  const view = useFgdView(source.fgdId);
  if (!view.session && !view.loaded) return <InnovationLoading />;
  const decision = view.session?.decisions.find((entry) => entry.id === source.decisionId);
  if (!decision || decision.linked) {
    return children({
      values: {},
      notice: (
        <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />}>
          <Text size="sm">
            {t(decision ? 'fgdConsole.toInnovation.alreadyLinked' : 'fgdConsole.toInnovation.missing')}
          </Text>
        </Alert>
      ),
      onCreated: () => null,
    });
  }
  const session = view.session?.meta.title ?? '';
  return children({
    values: { name: innovationNameFrom(decision.text), summary: decision.text },
    notice: (
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
        <Text size="sm">
          {t('fgdConsole.toInnovation.notice', { session, region: regionLabel(regionCode) })}
        </Text>
      </Alert>
    ),
    onCreated: (id) => {
      const regionDoc = workspace.region(regionCode);
      const linked = regionDoc
        ? linkDecision(view.synced.doc, decision.id, { doc: regionDoc.name, id }, ctx)
        : refuse('error.notAMember', { region: regionLabel(regionCode) });
      // The innovation is saved either way; the person learns the link is missing and why.
      if (!linked.ok) notifyRefusal(t('fgdConsole.toInnovation.linkFailed'), linked.error);
      return fgdPath(source.fgdId, 'keputusan');
    },
  });
}
