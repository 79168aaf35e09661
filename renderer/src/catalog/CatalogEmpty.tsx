/**
 * What the list area says when it has no rows: still loading, an empty catalog (with what to do
 * about it, depending on who is looking: importing a sheet is in the header beside), or a search and
 * filters that match nothing.
 */
import { Button, Center, EmptyState, Loader, Stack, Text } from '@mantine/core';
import { IconBooks, IconPlus, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function CatalogLoading() {
  const { t } = useTranslation();
  return (
    <Center flex={1} role="status">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text size="sm" c="dimmed">
          {t('catalog.loading')}
        </Text>
      </Stack>
    </Center>
  );
}

export function EmptyCatalog({ canAdd }: { canAdd: boolean }) {
  const { t } = useTranslation();
  return (
    <Center flex={1} p="xl">
      <EmptyState
        icon={<IconBooks size={32} stroke={1.5} />}
        variant="light"
        title={t('catalog.empty.title')}
        description={canAdd ? t('catalog.empty.editor') : t('catalog.empty.other')}
        maw={520}
      >
        {canAdd && (
          <EmptyState.Actions>
            <Button component={Link} to="/katalog/baru" leftSection={<IconPlus size={18} />}>
              {t('catalog.add')}
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    </Center>
  );
}

export function NoMatches({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <Center flex={1} p="xl">
      <EmptyState
        icon={<IconSearchOff size={32} stroke={1.5} />}
        variant="light"
        color="gray"
        title={t('catalog.noMatch.title')}
        description={t('catalog.noMatch.body')}
        maw={520}
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={onReset}>
            {t('catalog.noMatch.reset')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
