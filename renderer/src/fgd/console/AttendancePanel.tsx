/**
 * Kehadiran (daftar hadir): who is in the room — those who joined from a device and those the
 * facilitator wrote down — how many per region, and which member regions sent nobody.
 */
import {
  ActionIcon,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordAttendance, removeAttendance } from '../../../../shared/model/fgd';
import { useArea } from '../../app/hooks';
import { intlLocale } from '../../catalog/innovation-format';
import { regionLabel } from '../../data/catalog-store';
import { PlainList } from '../parts/PlainList';
import { type FgdView, useFgdCommand } from '../use-fgd';
import { summariseAttendance } from './attendance-summary';
import { newFgdEntryId } from './ids';

const NO_REGION = '-';

/** The hour someone arrived, in the reader's time zone: "09.15" (the session's date is in the header). */
function arrival(isoDateTime: string, language: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return date.toLocaleTimeString(intlLocale(language), { hour: '2-digit', minute: '2-digit' });
}

export function AttendancePanel({ view }: { view: FgdView }) {
  const { t, i18n } = useTranslation();
  const area = useArea();
  const run = useFgdCommand(view);
  const attendance = view.session?.attendance ?? [];
  const memberCodes = useMemo(() => area.members.map((member) => member.code), [area.members]);
  const summary = useMemo(() => summariseAttendance(attendance, memberCodes), [attendance, memberCodes]);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="md">
          {view.isFacilitator && <ManualEntry view={view} />}
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="fgd-attendance-list">
            <Stack gap="sm">
              <Title order={2} size="h4" id="fgd-attendance-list">
                {t('fgdConsole.attendance.listTitle', { count: attendance.length })}
              </Title>
              {attendance.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t(
                    view.isFacilitator
                      ? 'fgdConsole.attendance.emptyFacilitator'
                      : 'fgdConsole.attendance.emptyMember',
                  )}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={480}>
                  <Table verticalSpacing="xs" aria-labelledby="fgd-attendance-list">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('fgdConsole.attendance.name')}</Table.Th>
                        <Table.Th>{t('fgdConsole.attendance.region')}</Table.Th>
                        <Table.Th>{t('fgdConsole.attendance.viaHeader')}</Table.Th>
                        <Table.Th>{t('fgdConsole.attendance.at')}</Table.Th>
                        {view.isFacilitator && (
                          <Table.Th>
                            <VisuallyHidden>{t('fgdConsole.attendance.actions')}</VisuallyHidden>
                          </Table.Th>
                        )}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {attendance.map((entry) => (
                        <Table.Tr key={entry.participant.id}>
                          <Table.Td>{entry.participant.name}</Table.Td>
                          <Table.Td>
                            {entry.participant.region
                              ? regionLabel(entry.participant.region)
                              : t('fgdConsole.attendance.noRegion')}
                          </Table.Td>
                          <Table.Td>
                            <Badge
                              variant="light"
                              color={entry.via === 'join' ? 'blue' : 'gray'}
                              c={entry.via === 'join' ? 'blue.9' : 'gray.8'}
                              tt="none"
                            >
                              {t(`fgdConsole.attendance.via.${entry.via}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{arrival(entry.at, i18n.language)}</Table.Td>
                          {view.isFacilitator && (
                            <Table.Td>
                              {entry.via === 'manual' && (
                                <ActionIcon
                                  variant="subtle"
                                  color="red.9"
                                  aria-label={t('fgdConsole.attendance.removeLabel', {
                                    name: entry.participant.name,
                                  })}
                                  onClick={() =>
                                    run(
                                      (doc, ctx) => removeAttendance(doc, entry.participant.id, ctx),
                                      t('fgdConsole.attendance.removeFailed'),
                                    )
                                  }
                                >
                                  <IconTrash size={16} />
                                </ActionIcon>
                              )}
                            </Table.Td>
                          )}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="md">
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="fgd-attendance-regions">
            <Stack gap="xs">
              <Title order={2} size="h4" id="fgd-attendance-regions">
                {t('fgdConsole.attendance.perRegion', {
                  count: summary.present.length,
                  total: memberCodes.length,
                })}
              </Title>
              {summary.present.length === 0 && summary.withoutRegion === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('fgdConsole.attendance.nobodyYet')}
                </Text>
              ) : (
                <PlainList gap={4} label={t('fgdConsole.attendance.perRegionList')}>
                  {summary.present.map(({ code, count }) => (
                    <Group component="li" key={code} justify="space-between" gap="sm">
                      <Text size="sm">{regionLabel(code)}</Text>
                      <Text size="sm" fw={600}>
                        {t('fgdConsole.attendance.people', { count })}
                      </Text>
                    </Group>
                  ))}
                  {summary.withoutRegion > 0 && (
                    <Group component="li" justify="space-between" gap="sm">
                      <Text size="sm">{t('fgdConsole.attendance.noRegion')}</Text>
                      <Text size="sm" fw={600}>
                        {t('fgdConsole.attendance.people', { count: summary.withoutRegion })}
                      </Text>
                    </Group>
                  )}
                </PlainList>
              )}
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="fgd-attendance-absent">
            <Stack gap="xs">
              <Title order={2} size="h4" id="fgd-attendance-absent">
                {t('fgdConsole.attendance.absentTitle', { count: summary.absent.length })}
              </Title>
              {summary.absent.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('fgdConsole.attendance.allPresent')}
                </Text>
              ) : (
                <Group
                  gap={6}
                  component="ul"
                  p={0}
                  m={0}
                  style={{ listStyle: 'none' }}
                  aria-label={t('fgdConsole.attendance.absentList')}
                >
                  {summary.absent.map((code) => (
                    <Badge component="li" key={code} variant="outline" color="gray" c="gray.8" tt="none">
                      {regionLabel(code)}
                    </Badge>
                  ))}
                </Group>
              )}
            </Stack>
          </Paper>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function ManualEntry({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const area = useArea();
  const run = useFgdCommand(view);
  const [name, setName] = useState('');
  const [region, setRegion] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('fgdConsole.attendance.nameRequired'));
      return;
    }
    const participant = {
      id: newFgdEntryId('hadir'),
      name: name.trim(),
      region: region === null || region === NO_REGION ? null : region,
    };
    if (
      run(
        (doc, ctx) => recordAttendance(doc, participant, 'manual', ctx),
        t('fgdConsole.attendance.addFailed'),
      )
    ) {
      setName('');
      setError(null);
    }
  };
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('fgdConsole.attendance.addTitle')}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('fgdConsole.attendance.addTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('fgdConsole.attendance.addHint')}
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('fgdConsole.attendance.name')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              if (error) setError(null);
            }}
            error={error}
            maxLength={120}
            style={{ flex: '1 1 200px' }}
          />
          <Select
            label={t('fgdConsole.attendance.region')}
            placeholder={t('fgdConsole.attendance.regionPlaceholder')}
            data={[
              { value: NO_REGION, label: t('fgdConsole.attendance.noRegion') },
              ...area.members.map((member) => ({ value: member.code, label: member.displayName })),
            ]}
            value={region}
            onChange={setRegion}
            // The region stays chosen for the next person (delegations come together); picking it again keeps it.
            allowDeselect={false}
            searchable
            style={{ flex: '1 1 200px' }}
          />
          <Button type="submit" mt={25} leftSection={<IconUserPlus size={18} />}>
            {t('fgdConsole.attendance.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
