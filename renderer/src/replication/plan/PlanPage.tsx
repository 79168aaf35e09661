/**
 * /replikasi/:adopter/:planId — one replication plan, live: what is replicated from where to where,
 * its stage, details, formal records, milestones and evaluation figures. The adopting region's
 * editors change it here; everyone else reads the same page without the controls, told why.
 */
import { Alert, Anchor, Breadcrumbs, Button, Center, Grid, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconLock, IconRouteOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planProgress } from '../../../../shared/model/replication-plan';
import { PageState } from '../../catalog/InnovationStates';
import { useRegionSettled } from '../../catalog/use-region-settled';
import { isoToday } from '../dates';
import type { PlanView } from '../plan-view';
import { usePlanView } from '../use-plan-view';
import { EvaluationSection } from './EvaluationSection';
import { FormalRecords } from './FormalRecords';
import { MilestonesSection } from './MilestonesSection';
import { PlanConversation } from './PlanConversation';
import { PlanDetailsForm } from './PlanDetailsForm';
import { PlanDetailsSummary } from './PlanDetailsSummary';
import { PlanHeader } from './PlanHeader';
import { PlanNotes } from './PlanNotes';
import { PlanStageSection } from './PlanStageSection';
import { PlanSupport } from './PlanSupport';

export function PlanPage() {
  const { adopter = '', planId = '' } = useParams();
  const view = usePlanView(adopter, planId);
  const settled = useRegionSettled(adopter);
  if (view) return <PlanScreen view={view} />;
  return settled ? <PlanNotFound /> : <PlanLoading />;
}

function PlanScreen({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const today = isoToday();
  const progress = planProgress(view.plan, today);
  return (
    <Stack gap="lg" maw={1200} mx="auto" pb="xl">
      <Breadcrumbs separatorMargin={6} aria-label={t('plan.breadcrumbs')}>
        <Anchor component={Link} to="/replikasi" size="sm">
          {t('nav.replication')}
        </Anchor>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {view.row.innovationName}
        </Text>
      </Breadcrumbs>

      <PlanHeader view={view} fraction={progress.fraction} />

      {!view.canEdit && (
        <Alert variant="light" color="gray" icon={<IconLock size={18} />} py="xs">
          <Text size="sm">{t('plan.readOnly', { region: view.row.adopterName })}</Text>
        </Alert>
      )}

      <PlanStageSection view={view} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            {/* Keyed by plan so a different plan's page starts its form afresh. */}
            {view.canEdit ? (
              <PlanDetailsForm key={view.key} view={view} />
            ) : (
              <PlanDetailsSummary view={view} />
            )}
            <FormalRecords view={view} />
            <MilestonesSection view={view} today={today} />
            <EvaluationSection view={view} />
          </Stack>
        </Grid.Col>
        {/* Beside the plan on wide screens, below it on tablets and phones. */}
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <PlanSupport view={view} />
            <PlanConversation view={view} />
            <PlanNotes view={view} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function PlanLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t('plan.loading')}>
      <Loader size="md" />
    </Center>
  );
}

function PlanNotFound() {
  const { t } = useTranslation();
  return (
    <PageState
      icon={<IconRouteOff size={32} stroke={1.5} />}
      title={t('plan.notFound.title')}
      description={t('plan.notFound.body')}
      action={
        <Button component={Link} to="/replikasi" leftSection={<IconArrowLeft size={16} />}>
          {t('plan.notFound.back')}
        </Button>
      }
    />
  );
}
