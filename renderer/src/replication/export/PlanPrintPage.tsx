/**
 * /cetak/replikasi/:adopter/:planId — one replication plan laid out to print or save as PDF, outside
 * the app's frame: on screen a sheet under a small toolbar, on paper only the sheet.
 */
import { Button, Center, Group, Loader, Text } from '@mantine/core';
import { IconArrowLeft, IconFileSpreadsheet, IconPrinter, IconSearchOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { PageState } from '../../catalog/InnovationStates';
import { formatDateTime } from '../../catalog/innovation-format';
import { useRegionSettled } from '../../catalog/use-region-settled';
import { isoToday } from '../dates';
import { type PlanView, planPath } from '../plan-view';
import { usePlanView } from '../use-plan-view';
import { PlanDocument } from './PlanDocument';
import classes from './plan-print.module.css';
import { planPrintPath, printPlan } from './print';
import { usePlanNotes, usePlanXlsx } from './use-plan-export';

export function PlanPrintPage() {
  const { t } = useTranslation();
  const { adopter = '', planId = '' } = useParams();
  const view = usePlanView(adopter, planId);
  const adopterSettled = useRegionSettled(adopter);
  // The support record lives in the source region's document: wait for it too, or the sheet would
  // say "no answer yet" for a moment and could be printed so.
  const sourceSettled = useRegionSettled(view?.plan.source.regionCode ?? adopter);
  if (view && sourceSettled) return <PlanPrint view={view} />;
  if (!adopterSettled || view) {
    return (
      <Center mih="100vh" role="status" aria-label={t('planPrint.loading')}>
        <Loader size="md" />
      </Center>
    );
  }
  return (
    <main>
      <PageState
        icon={<IconSearchOff size={32} stroke={1.5} />}
        title={t('planPrint.notFound.title')}
        description={t('planPrint.notFound.body')}
        action={
          <Button component={Link} to="/replikasi" leftSection={<IconArrowLeft size={16} />}>
            {t('planPrint.notFound.action')}
          </Button>
        }
      />
    </main>
  );
}

/**
 * The running footer of every printed page: the print stamp and "page n of m" in @page margin boxes,
 * which Chromium (and so Electron) prints. Their text is CSS, so it is written here per language
 * and time, quoted as a CSS string.
 */
export function PageMargins({ stamp, page }: { stamp: string; page: (n: string, total: string) => string }) {
  const quote = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;
  // The page numbers are counters, not text: the sentence is split around two markers standing for them.
  const counters: Record<string, string> = { '[[n]]': 'counter(page)', '[[total]]': 'counter(pages)' };
  const pageContent = page('[[n]]', '[[total]]')
    .split(/(\[\[n\]\]|\[\[total\]\])/)
    .filter((part) => part !== '')
    .map((part) => counters[part] ?? quote(part))
    .join(' ');
  const css = `@page {
  @bottom-left { content: ${quote(stamp)}; font: 8pt Arial, "Liberation Sans", sans-serif; color: #000; }
  @bottom-right { content: ${pageContent}; font: 8pt Arial, "Liberation Sans", sans-serif; color: #000; }
}`;
  return <style>{css}</style>;
}

function PlanPrint({ view }: { view: PlanView }) {
  const { t, i18n } = useTranslation();
  const { host } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const notes = usePlanNotes(view.plan.adopterCode, view.plan.id);
  const xlsx = usePlanXlsx(view);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const today = isoToday(printedAt);

  useEffect(() => {
    // The stamp says when the paper was printed, not when the page was opened.
    const refresh = () => setPrintedAt(new Date());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);

  const title = t('planPrint.documentTitle', {
    innovation: view.row.innovationName,
    adopter: view.row.adopterName,
  });
  useEffect(() => {
    // The browser offers the page title as the PDF's file name.
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  // Back to where the person came from; opened on its own (a new tab, a bookmark), to the plan.
  const back = () => (location.key === 'default' ? navigate(planPath(view.plan)) : navigate(-1));
  const stamp = t('planPrint.footer', { date: formatDateTime(printedAt.toISOString(), i18n.language) });

  return (
    <div className={classes.desk}>
      <PageMargins stamp={stamp} page={(n, total) => t('planPrint.pageOf', { n, total })} />
      <header className={classes.toolbar}>
        <Group className={classes.toolbarInner} justify="space-between" gap="xs">
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={back}>
            {t('planPrint.back')}
          </Button>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              loading={xlsx.busy}
              onClick={() => void xlsx.download()}
            >
              {t('planPrint.downloadXlsx')}
            </Button>
            <Button
              leftSection={<IconPrinter size={16} />}
              onClick={() => printPlan(host, planPrintPath(view.plan))}
            >
              {t('planPrint.print')}
            </Button>
          </Group>
        </Group>
        <Text className={`${classes.toolbarInner} ${classes.hint}`} size="xs" c="dimmed" mt={4}>
          {t('planPrint.printHint')}
        </Text>
      </header>
      <main className={classes.sheet}>
        <PlanDocument view={view} notes={notes} today={today} printedAt={printedAt} />
      </main>
    </div>
  );
}
