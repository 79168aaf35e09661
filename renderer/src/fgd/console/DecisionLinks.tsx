/**
 * A decision's way out of the session: the line naming what it became (a commitment item, an
 * innovation, a replication plan), and for a member region's editor the two things they may turn an
 * unlinked decision into — an innovation or a replication plan of their own region.
 */
import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconBulb, IconCopy, IconLink } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DecisionLink } from '../../../../shared/model/fgd';
import { useArea, useCatalog } from '../../app/hooks';
import { commitmentPath } from '../../commitment/CommitmentPage';
import { regionLabel } from '../../data/catalog-store';
import { planPath } from '../../replication/plan-view';
import { catalogLinkTargets, type ResolvedLink, resolveDecisionLink } from './decision-links';
import { innovationFromDecisionPath } from './from-decision';

export function DecisionLinkLine({ linked }: { linked: DecisionLink }) {
  const { t } = useTranslation();
  const area = useArea();
  const catalog = useCatalog();
  const resolved = resolveDecisionLink(linked, catalogLinkTargets(catalog, area.commitments));
  const target = linkTarget(resolved);
  const words = linkWords(t, resolved);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconLink size={16} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
      {target ? (
        <Anchor component={Link} to={target} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {words}
        </Anchor>
      ) : (
        <Text size="sm" c="dimmed">
          {words}
        </Text>
      )}
    </Group>
  );
}

function linkTarget(link: ResolvedLink): string | null {
  switch (link.kind) {
    case 'commitment':
      return commitmentPath(link.commitmentId, 'butir');
    case 'innovation':
      return `/katalog/${link.regionCode}/${link.id}`;
    case 'plan':
      return planPath({ adopterCode: link.adopterCode, id: link.id });
    default:
      return null;
  }
}

function linkWords(t: TFunction, link: ResolvedLink): string {
  switch (link.kind) {
    case 'commitment':
      return t('fgdConsole.decision.linkedItem', { commitment: link.title });
    case 'innovation':
      return t('fgdConsole.decision.linkedInnovation', {
        name: link.name,
        region: regionLabel(link.regionCode),
      });
    case 'plan':
      return t('fgdConsole.decision.linkedPlan', { name: link.name, region: regionLabel(link.adopterCode) });
    case 'region':
      return t('fgdConsole.decision.linkedRegion', { region: regionLabel(link.regionCode) });
    default:
      return t('fgdConsole.decision.linkedOther');
  }
}

/** "Jadikan inovasi Kab. X" (the catalog's form, filled from the decision) and "Jadikan rencana replikasi". */
export function RegionActions({
  fgdId,
  decisionId,
  short,
  regionCode,
  onPlan,
}: {
  fgdId: string;
  decisionId: string;
  /** The decision's text, shortened, for the buttons' accessible names. */
  short: string;
  regionCode: string;
  onPlan: () => void;
}) {
  const { t } = useTranslation();
  const region = regionLabel(regionCode);
  return (
    <Group gap="xs">
      <Button
        component={Link}
        to={innovationFromDecisionPath({ fgdId, decisionId })}
        size="compact-sm"
        variant="light"
        leftSection={<IconBulb size={14} aria-hidden="true" />}
        aria-label={t('fgdConsole.toInnovation.buttonLabel', { text: short, region })}
      >
        {t('fgdConsole.toInnovation.button', { region })}
      </Button>
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconCopy size={14} aria-hidden="true" />}
        onClick={onPlan}
        aria-label={t('fgdConsole.toPlan.buttonLabel', { text: short, region })}
      >
        {t('fgdConsole.toPlan.button', { region })}
      </Button>
    </Group>
  );
}
