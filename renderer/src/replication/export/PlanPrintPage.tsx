/**
 * /cetak/replikasi/:adopter/:planId — one replication plan laid out to print or save as PDF, outside
 * the app's frame: on screen a sheet under a small toolbar, on paper only the sheet.
 */
import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../catalog/innovation-format';
import { useRegionSettled } from '../../catalog/use-region-settled';
import { PrintPageFallback, PrintSheet, usePrintedAt, usePrintRequest } from '../../print/PrintPage';
import { isoToday } from '../dates';
import { type PlanView, planPath } from '../plan-view';
import { usePlanView } from '../use-plan-view';
import { PlanDocument } from './PlanDocument';
import { planPrintPath } from './print';
import { usePlanNotes, usePlanXlsx } from './use-plan-export';

export function PlanPrintPage() {
  const { adopter = '', planId = '' } = useParams();
  const view = usePlanView(adopter, planId);
  const adopterSettled = useRegionSettled(adopter);
  // The support record lives in the source region's document: wait for it too, or the sheet would
  // say "no answer yet" for a moment and could be printed so.
  const sourceSettled = useRegionSettled(view?.plan.source.regionCode ?? adopter);
  if (view && sourceSettled) return <PlanPrint view={view} />;
  return (
    <PrintPageFallback
      loading={!adopterSettled || view !== null}
      messages="planPrint"
      listPath="/replikasi"
    />
  );
}

function PlanPrint({ view }: { view: PlanView }) {
  const { t, i18n } = useTranslation();
  const notes = usePlanNotes(view.plan.adopterCode, view.plan.id);
  const xlsx = usePlanXlsx(view);
  const printedAt = usePrintedAt();
  const today = isoToday(printedAt);
  usePrintRequest(planPrintPath(view.plan));

  return (
    <PrintSheet
      messages="planPrint"
      title={t('planPrint.documentTitle', {
        innovation: view.row.innovationName,
        adopter: view.row.adopterName,
      })}
      stamp={t('planPrint.footer', { date: formatDateTime(printedAt.toISOString(), i18n.language) })}
      homePath={planPath(view.plan)}
      printPath={planPrintPath(view.plan)}
      downloads={
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          loading={xlsx.busy}
          onClick={() => void xlsx.download()}
        >
          {t('planPrint.downloadXlsx')}
        </Button>
      }
    >
      <PlanDocument view={view} notes={notes} today={today} printedAt={printedAt} />
    </PrintSheet>
  );
}
