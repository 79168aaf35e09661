/**
 * /cetak/fgd/:id — an FGD's minutes (notulen) laid out as an A4 document to print or save as PDF,
 * outside the app's frame: on screen a sheet under a small toolbar, on paper only the sheet with
 * "Halaman n dari m" at the foot of each page. Opened from the export menu with `{ print: true }` in
 * its state, it opens the print dialog itself.
 */
import { Button, Center, Group, Loader, Menu, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconChevronDown,
  IconFileTypeCsv,
  IconFileTypeDocx,
  IconPrinter,
  IconSearchOff,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { PageState } from '../../catalog/InnovationStates';
import { PageMargins } from '../../replication/export/PlanPrintPage';
import classes from '../../replication/export/plan-print.module.css';
import { type FgdView, useFgdView } from '../use-fgd';
import { FgdMinutesDocument } from './FgdMinutesDocument';
import { printMinutes } from './print';
import { useMinutesBuilder, useMinutesDownloads } from './use-fgd-export';

export function FgdPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useFgdView(id);
  if (view.session) return <MinutesPrint view={view} />;
  if (!view.loaded) {
    return (
      <Center mih="100vh" role="status" aria-label={t('fgdMinutes.loading')}>
        <Loader size="md" />
      </Center>
    );
  }
  return (
    <main>
      <PageState
        icon={<IconSearchOff size={32} stroke={1.5} />}
        title={t('fgdMinutes.notFound.title')}
        description={t('fgdMinutes.notFound.body')}
        action={
          <Button component={Link} to="/fgd" leftSection={<IconArrowLeft size={16} />}>
            {t('fgdMinutes.notFound.action')}
          </Button>
        }
      />
    </main>
  );
}

/** The export menu's "print" asks for the dialog through the route's state: a reload does not reprint. */
function wantsPrint(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'print' in state && state.print === true;
}

function MinutesPrint({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const { host } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const build = useMinutesBuilder(view);
  const downloads = useMinutesDownloads(view);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const minutes = build(printedAt);

  useEffect(() => {
    // The stamp says when the paper was printed, not when the page was opened.
    const refresh = () => setPrintedAt(new Date());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);

  const title = minutes ? t('fgdMinutes.documentTitle', { title: minutes.title }) : '';
  useEffect(() => {
    // The browser offers the page title as the PDF's file name.
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  const printRequested = wantsPrint(location.state);
  useEffect(() => {
    if (!printRequested) return;
    // Forget the request first, so going back and forth does not open the dialog again.
    navigate(location.pathname, { replace: true, state: null });
    printMinutes(host, view.id);
  }, [printRequested, navigate, location.pathname, host, view.id]);

  if (!minutes) return null;
  // Back to where the person came from; opened on its own (a new tab, a bookmark), to the session.
  const back = () => (location.key === 'default' ? navigate(`/fgd/${view.id}`) : navigate(-1));
  const stamp = t('fgdMinutes.footer', { date: minutes.printedAt });

  return (
    <div className={classes.desk}>
      <PageMargins stamp={stamp} page={(n, total) => t('fgdMinutes.pageOf', { n, total })} />
      <header className={classes.toolbar}>
        <Group className={classes.toolbarInner} justify="space-between" gap="xs">
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={back}>
            {t('fgdMinutes.back')}
          </Button>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconFileTypeDocx size={16} />}
              loading={downloads.busy === 'docx'}
              onClick={() => void downloads.download('docx')}
            >
              {t('fgdMinutes.downloadDocx')}
            </Button>
            <Menu position="bottom-end" shadow="md" withinPortal>
              <Menu.Target>
                <Button
                  variant="default"
                  leftSection={<IconFileTypeCsv size={16} />}
                  rightSection={<IconChevronDown size={14} />}
                  loading={downloads.busy === 'cardsCsv' || downloads.busy === 'votesCsv'}
                >
                  {t('fgdMinutes.downloadCsv')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void downloads.download('cardsCsv')}>
                  {t('fgdExport.cardsCsv')}
                </Menu.Item>
                <Menu.Item onClick={() => void downloads.download('votesCsv')}>
                  {t('fgdExport.votesCsv')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button leftSection={<IconPrinter size={16} />} onClick={() => printMinutes(host, view.id)}>
              {t('fgdMinutes.print')}
            </Button>
          </Group>
        </Group>
        <Text className={`${classes.toolbarInner} ${classes.hint}`} size="xs" c="dimmed" mt={4}>
          {t('fgdMinutes.printHint')}
        </Text>
      </header>
      <main className={classes.sheet}>
        <FgdMinutesDocument minutes={minutes} stamp={stamp} />
      </main>
    </div>
  );
}
