/**
 * The "Quick win" tab (stage 4): what the region will deliver in its first one or two years — each a
 * 6–12 month sharpening of an existing service, with the impact figures it promises and reaches —
 * under the area's dimensions. Editors add, change and remove them in a dialog; everyone else reads.
 */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { removeQuickWin, setQuickWin } from '../../../../../shared/model/master-plan';
import type { MasterPlanView } from '../master-plan-view';
import { PillarEntriesTab } from '../PillarEntriesTab';
import { QuickWinCard } from './QuickWinCard';
import { QuickWinForm } from './QuickWinForm';
import { newQuickWinValues, quickWinValues } from './quick-win-values';

export function QuickWinsTab({ view }: { view: MasterPlanView }) {
  const { t } = useTranslation();
  return (
    <PillarEntriesTab
      view={view}
      kind="quickWin"
      entries={view.plan.quickWins}
      intro={
        <Text size="sm" c="dimmed" maw={760}>
          {t('masterPlan.quickWin.intro')}
        </Text>
      }
      newValues={newQuickWinValues}
      valuesOf={quickWinValues}
      set={setQuickWin}
      remove={removeQuickWin}
      card={(quickWin, actions) => <QuickWinCard quickWin={quickWin} canEdit={view.canEdit} {...actions} />}
      form={(props) => <QuickWinForm {...props} />}
    />
  );
}
