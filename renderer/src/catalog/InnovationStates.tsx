/** The states an innovation route can be in besides showing it: loading, not found, not yours. */
import { Button, Center, EmptyState, Loader } from '@mantine/core';
import { IconArrowLeft, IconLock, IconSearchOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function InnovationLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t('innovationDetail.loading')}>
      <Loader size="md" />
    </Center>
  );
}

/** A whole page that has nothing to show but a message and a way on. */
export function PageState({
  icon,
  title,
  description,
  action,
}: {
  icon: ReactNode;
  title: string;
  description: string;
  action: ReactNode;
}) {
  return (
    <EmptyState mt="xl" maw={560} mx="auto" withIndicatorBackground>
      <EmptyState.Indicator>{icon}</EmptyState.Indicator>
      <EmptyState.Title order={1}>{title}</EmptyState.Title>
      <EmptyState.Description>{description}</EmptyState.Description>
      <EmptyState.Actions>{action}</EmptyState.Actions>
    </EmptyState>
  );
}

export function InnovationNotFound() {
  const { t } = useTranslation();
  return (
    <PageState
      icon={<IconSearchOff size={32} stroke={1.5} />}
      title={t('innovationDetail.notFound.title')}
      description={t('innovationDetail.notFound.body')}
      action={
        <Button component={Link} to="/katalog" leftSection={<IconArrowLeft size={16} />}>
          {t('innovationDetail.backToCatalog')}
        </Button>
      }
    />
  );
}

/** Shown instead of a form the person may not use, with the reason and the way back. */
export function NotAllowed({ title, reason, backTo }: { title: string; reason: string; backTo: string }) {
  const { t } = useTranslation();
  return (
    <PageState
      icon={<IconLock size={32} stroke={1.5} />}
      title={title}
      description={reason}
      action={
        <Button component={Link} to={backTo} variant="light" leftSection={<IconArrowLeft size={16} />}>
          {t('innovationDetail.back')}
        </Button>
      }
    />
  );
}
