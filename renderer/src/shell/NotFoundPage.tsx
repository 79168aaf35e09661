/** A link that points nowhere (an old bookmark, a deleted entry): say so and offer the way back. */
import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm" maw={560}>
      <Title order={2}>{t('notFound.title')}</Title>
      <Text c="dimmed">{t('notFound.body')}</Text>
      <Button component={Link} to="/katalog" variant="light">
        {t('notFound.back')}
      </Button>
    </Stack>
  );
}
