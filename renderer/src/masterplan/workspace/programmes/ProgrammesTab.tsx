/**
 * The "Program" tab (stages 2 and 3): the programmes from the RPJMD and the OPDs' Renstra under each
 * of the area's dimensions, and the innovations they lead to. Editors add, change and remove them in
 * a dialog; everyone else reads.
 */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { removeProgramme, setProgramme } from '../../../../../shared/model/master-plan';
import { formatRupiah } from '../../../catalog/innovation-format';
import type { MasterPlanView } from '../master-plan-view';
import { PillarEntriesTab } from '../PillarEntriesTab';
import { linkedProgrammeCount } from '../stage-counts';
import { ProgrammeCard } from './ProgrammeCard';
import { ProgrammeForm } from './ProgrammeForm';
import { newProgrammeValues, programmeValues } from './programme-values';
import { useLinkOptions } from './use-link-options';

export function ProgrammesTab({ view }: { view: MasterPlanView }) {
  const { t } = useTranslation();
  const options = useLinkOptions(view.regionCode);
  const programmes = view.plan.programmes;
  return (
    <PillarEntriesTab
      view={view}
      kind="programme"
      entries={programmes}
      intro={
        <Stack gap={4}>
          <Text size="sm" c="dimmed" maw={760}>
            {t('masterPlan.programme.intro')}
          </Text>
          <Text size="sm" fw={500}>
            {t('masterPlan.programme.summary', {
              count: programmes.length,
              linked: linkedProgrammeCount(view.plan),
              budget: formatRupiah(programmes.reduce((sum, p) => sum + (p.budget.amount ?? 0), 0)),
            })}
          </Text>
        </Stack>
      }
      newValues={newProgrammeValues}
      valuesOf={programmeValues}
      set={setProgramme}
      remove={removeProgramme}
      card={(programme, actions) => (
        <ProgrammeCard programme={programme} options={options} canEdit={view.canEdit} {...actions} />
      )}
      form={(props) => <ProgrammeForm {...props} options={options} />}
    />
  );
}
