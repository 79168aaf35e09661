/** What a document's page shows while its document loads, and when there is no such document. */
import { Button, Center, Loader } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageState } from '../catalog/InnovationStates';

export function PageLoading({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-label={label}>
      <Loader size="md" />
    </Center>
  );
}

/** A document that is not (or no longer) there, with the way back to its list. */
export function DocumentNotFound({
  icon,
  title,
  description,
  back,
}: {
  icon: ReactNode;
  title: string;
  description: string;
  back: { to: string; label: string };
}) {
  return (
    <PageState
      icon={icon}
      title={title}
      description={description}
      action={
        <Button component={Link} to={back.to} variant="light" leftSection={<IconArrowLeft size={16} />}>
          {back.label}
        </Button>
      }
    />
  );
}
