/**
 * Every member region in signing order with the state of its signature (icon and word), the official
 * and position that signed, and when: a table on wide screens, a compact list on phones. Above it the
 * counts and whose turn it is.
 */
import { Alert, Box, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight, IconConfetti } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SignatureState, SigningBoard } from '../../../../shared/model/commitment';
import { useArea } from '../../app/hooks';
import { formatDateTime } from '../../catalog/innovation-format';
import { regionLabel } from '../../data/catalog-store';
import type { CommitmentView } from '../use-commitment';
import { summariseBoard } from './board-summary';
import { STATE_LOOK } from './signature-state';

type BoardRow = SigningBoard['regions'][number] & { number: number; name: string };

/** The state as an icon in its colour and a word in the text colour (readable at any size). */
function StateLabel({ state, short = false }: { state: SignatureState; short?: boolean }) {
  const { t } = useTranslation();
  const look = STATE_LOOK[state];
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <look.icon
        size={18}
        aria-hidden="true"
        color={`var(--mantine-color-${look.color}-9)`}
        style={{ flex: 'none', marginTop: 1 }}
      />
      <Text size="sm" fw={600}>
        {t(short ? look.short : look.label)}
      </Text>
    </Group>
  );
}

export function SigningBoardView({ view }: { view: CommitmentView }) {
  const { t, i18n } = useTranslation();
  const area = useArea();
  const commitment = view.commitment;
  if (!commitment) return null;
  const summary = summariseBoard(view.board, commitment.status);
  const names = new Map(area.members.map((member) => [member.code, member.displayName]));
  const rows: BoardRow[] = view.board.regions.map((region, index) => ({
    ...region,
    number: index + 1,
    name: names.get(region.code) ?? regionLabel(region.code),
  }));
  const when = (row: BoardRow) =>
    row.signature ? formatDateTime(row.signature.signed.at, i18n.language) : '';
  const isNext = (row: BoardRow) => row.code === summary.next;

  return (
    <Stack gap="md" component="section" aria-labelledby="signing-board-title">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2} size="h3" id="signing-board-title">
          {t('commitmentBoard.title')}
        </Title>
        <Text size="sm" fw={600} data-testid="signing-counts">
          {t('commitmentBoard.counts', {
            signed: summary.signed,
            total: summary.total,
            outdated: summary.outdated,
            pending: summary.pending,
          })}
        </Text>
      </Group>
      {view.board.complete ? (
        <Alert variant="light" color="teal" icon={<IconConfetti size={18} />}>
          <Text size="sm" fw={600}>
            {t('commitmentBoard.complete')}
          </Text>
        </Alert>
      ) : (
        summary.next !== null && (
          <Text size="sm" data-testid="signing-next">
            <IconArrowRight size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
            {t('commitmentBoard.next', { region: names.get(summary.next) ?? regionLabel(summary.next) })}
          </Text>
        )
      )}

      <Table.ScrollContainer minWidth={720} visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" aria-labelledby="signing-board-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>{t('commitmentBoard.col.number')}</Table.Th>
              <Table.Th>{t('commitmentBoard.col.region')}</Table.Th>
              <Table.Th>{t('commitmentBoard.col.state')}</Table.Th>
              <Table.Th>{t('commitmentBoard.col.official')}</Table.Th>
              <Table.Th>{t('commitmentBoard.col.position')}</Table.Th>
              <Table.Th>{t('commitmentBoard.col.time')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.code} data-state={row.state} aria-current={isNext(row) ? 'step' : undefined}>
                <Table.Td>{row.number}</Table.Td>
                <Table.Th scope="row" fw={600}>
                  {row.name}
                  {isNext(row) && (
                    <Text span size="xs" c="blue.9" fw={700} ml={6}>
                      {t('commitmentBoard.nextTag')}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  <StateLabel state={row.state} />
                </Table.Td>
                <Table.Td>{row.signature?.official ?? '—'}</Table.Td>
                <Table.Td>{row.signature?.position ?? '—'}</Table.Td>
                <Table.Td>{row.signature ? when(row) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Box
        component="ol"
        hiddenFrom="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-labelledby="signing-board-title"
      >
        <Stack gap={6}>
          {rows.map((row) => (
            <Paper
              key={row.code}
              component="li"
              withBorder
              p="xs"
              data-state={row.state}
              aria-current={isNext(row) ? 'step' : undefined}
              style={isNext(row) ? { borderColor: 'var(--mantine-color-blue-7)', borderWidth: 2 } : undefined}
            >
              <Group justify="space-between" align="flex-start" gap={6} wrap="nowrap">
                <Text size="sm" fw={600} style={{ minWidth: 0 }}>
                  {row.number}. {row.name}
                  {isNext(row) && (
                    <Text span size="xs" c="blue.9" fw={700} ml={6}>
                      {t('commitmentBoard.nextTag')}
                    </Text>
                  )}
                </Text>
                <StateLabel state={row.state} short />
              </Group>
              {row.signature && (
                <Text size="xs" c="dimmed" mt={4}>
                  {t(row.state === 'outdated' ? 'commitmentBoard.signedOld' : 'commitmentBoard.signedBy', {
                    official: row.signature.official,
                    position: row.signature.position,
                    time: when(row),
                  })}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      </Box>
    </Stack>
  );
}
