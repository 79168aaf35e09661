/**
 * The "Tim pelaksana" tab: who writes the master plan — a name, their OPD and their role in the team
 * per row — and how many OPDs it draws from. Editors change the rows and save the team as a whole;
 * while they have not changed anything, a save from another window replaces what they see.
 */
import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setTeam } from '../../../../../shared/model/master-plan';
import { useDocCommand } from '../../../app/use-doc-command';
import { RepeatableRows } from '../../../catalog/RepeatableRows';
import type { MasterPlanView } from '../master-plan-view';
import {
  opdCount,
  type RowProblems,
  rowProblems,
  sameTeam,
  type TeamMember,
  type TeamRow,
  teamOf,
  teamRow,
} from './team-rows';

const MAX_MEMBERS = 200;

export function TeamTab({ view }: { view: MasterPlanView }) {
  const { t } = useTranslation();
  const team = view.plan.team;
  return (
    <Stack gap="md">
      <Group gap="sm" wrap="wrap">
        <Title order={2} size="h4">
          {t('masterPlan.team.title')}
        </Title>
        <Badge variant="light" color="gray" c="gray.8" tt="none">
          {t('masterPlan.team.memberCount', { count: team.length })}
        </Badge>
        <Badge variant="light" color="gray" c="gray.8" tt="none">
          {t('masterPlan.team.opdCount', { count: opdCount(team) })}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" maw={760}>
        {t('masterPlan.team.intro')}
      </Text>
      {view.canEdit ? <TeamEditor view={view} /> : <TeamTable team={team} />}
    </Stack>
  );
}

function TeamTable({ team }: { team: readonly TeamMember[] }) {
  const { t } = useTranslation();
  if (team.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('masterPlan.team.emptyReader')}
      </Text>
    );
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={480}>
        <Table striped verticalSpacing="sm" aria-label={t('masterPlan.team.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('masterPlan.team.name')}</Table.Th>
              <Table.Th>{t('masterPlan.team.opd')}</Table.Th>
              <Table.Th>{t('masterPlan.team.role')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.map((member, index) => (
              // Members have no id; the position is their identity in a whole-list value.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <Table.Tr key={index}>
                <Table.Td>{member.name}</Table.Td>
                <Table.Td>{member.opd}</Table.Td>
                <Table.Td>{member.role || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function TeamEditor({ view }: { view: MasterPlanView }) {
  const { t } = useTranslation();
  const run = useDocCommand(view.doc);
  const stored = view.plan.team;
  const [rows, setRows] = useState<TeamRow[]>(() => stored.map((member) => teamRow(member)));
  // The stored team the rows started from: what this person changed is the difference to it.
  const [base, setBase] = useState(stored);
  const [checked, setChecked] = useState(false);
  const dirty = !sameTeam(teamOf(rows), stored);
  // Another window's save shows at once, unless this person is in the middle of their own changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the stored team matters.
  useEffect(() => {
    if (!sameTeam(teamOf(rows), base)) return;
    setRows(stored.map((member) => teamRow(member)));
    setBase(stored);
  }, [stored]);

  const problems = rows.map((row) => rowProblems(row));
  const problemText = (problem: RowProblems[keyof RowProblems]) =>
    problem === undefined ? undefined : t(`masterPlan.team.problem.${problem}`);
  const save = () => {
    setChecked(true);
    if (problems.some((p) => Object.keys(p).length > 0)) return;
    const saved = run((doc, ctx) => setTeam(doc, view.regionCode, teamOf(rows), ctx), {
      failed: t('masterPlan.team.saveFailed'),
      done: t('masterPlan.team.saved'),
    });
    if (!saved) return;
    setChecked(false);
    setBase(teamOf(rows));
  };

  return (
    // Mantine's default error red is too light for small text on white (WCAG contrast).
    <Stack gap="md" style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' }}>
      <RepeatableRows
        rows={rows}
        max={MAX_MEMBERS}
        addLabel={t('masterPlan.team.add')}
        removeLabel={(index) => t('masterPlan.team.remove', { index })}
        emptyHint={t('masterPlan.team.emptyEditor')}
        onChange={setRows}
        create={() => teamRow()}
        renderRow={(row, index, update) => (
          <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap" align="flex-start">
            <TextInput
              label={t('masterPlan.team.nameOf', { index: index + 1 })}
              value={row.name}
              withAsterisk
              miw={180}
              error={checked ? problemText(problems[index]?.name) : undefined}
              onChange={(event) => update({ name: event.currentTarget.value })}
            />
            <TextInput
              label={t('masterPlan.team.opdOf', { index: index + 1 })}
              placeholder={t('masterPlan.team.opdPlaceholder')}
              value={row.opd}
              withAsterisk
              miw={180}
              error={checked ? problemText(problems[index]?.opd) : undefined}
              onChange={(event) => update({ opd: event.currentTarget.value })}
            />
            <TextInput
              label={t('masterPlan.team.roleOf', { index: index + 1 })}
              placeholder={t('masterPlan.team.rolePlaceholder')}
              value={row.role}
              miw={160}
              onChange={(event) => update({ role: event.currentTarget.value })}
            />
          </Group>
        )}
      />
      <Group justify="flex-end" gap="sm">
        {dirty && (
          <Text size="sm" c="dimmed">
            {t('masterPlan.team.unsaved')}
          </Text>
        )}
        <Button leftSection={<IconDeviceFloppy size={16} />} disabled={!dirty} onClick={save}>
          {t('masterPlan.team.save')}
        </Button>
      </Group>
    </Stack>
  );
}
