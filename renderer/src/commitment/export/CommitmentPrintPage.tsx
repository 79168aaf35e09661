/**
 * /cetak/komitmen/:id — a commitment laid out as the official document for the signing ceremony, to
 * print or save as PDF, outside the app's frame: on screen a sheet under a small toolbar, on paper
 * only the sheet. Opened from the export menu with `{ print: true }` in its state, it opens the print
 * dialog itself once the document is complete.
 */
import { Button, Center, Group, Loader, Text } from '@mantine/core';
import { IconArrowLeft, IconFileTypeDocx, IconPrinter, IconSearchOff } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useArea } from '../../app/hooks';
import { useSession } from '../../app/session';
import { PageState } from '../../catalog/InnovationStates';
import { useRegionsSettled } from '../../catalog/use-region-settled';
import { PageMargins } from '../../replication/export/PlanPrintPage';
import classes from '../../replication/export/plan-print.module.css';
import { type CommitmentView, useCommitmentView } from '../use-commitment';
import { CommitmentDocument } from './CommitmentDocument';
import { printCommitment } from './print';
import { useCommitmentDocumentBuilder, useCommitmentDocx } from './use-commitment-export';

export function CommitmentPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useCommitmentView(id);
  const area = useArea();
  const members = useMemo(() => area.members.map((member) => member.code), [area.members]);
  // Every member's signature is in that member's own document: until all have settled, a region
  // would read "not signed" for a moment, and could be printed so.
  const regionsSettled = useRegionsSettled(members);
  if (view.commitment && regionsSettled) return <CommitmentPrint view={view} />;
  if (!view.loaded || view.commitment) {
    return (
      <Center mih="100vh" role="status" aria-label={t('commitmentPrint.loading')}>
        <Loader size="md" />
      </Center>
    );
  }
  return (
    <main>
      <PageState
        icon={<IconSearchOff size={32} stroke={1.5} />}
        title={t('commitmentPrint.notFound.title')}
        description={t('commitmentPrint.notFound.body')}
        action={
          <Button component={Link} to="/komitmen" leftSection={<IconArrowLeft size={16} />}>
            {t('commitmentPrint.notFound.action')}
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

function CommitmentPrint({ view }: { view: CommitmentView }) {
  const { t } = useTranslation();
  const { host } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const build = useCommitmentDocumentBuilder(view);
  const docx = useCommitmentDocx(view);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const model = build(printedAt);

  useEffect(() => {
    // The stamp says when the paper was printed, not when the page was opened.
    const refresh = () => setPrintedAt(new Date());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);

  const title = model?.title ?? '';
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
    printCommitment(host, view.id);
  }, [printRequested, navigate, location.pathname, host, view.id]);

  if (!model) return null;
  // Back to where the person came from; opened on its own (a new tab, a bookmark), to the commitment.
  // The path is written out rather than imported from CommitmentPage, which would bring the editor along.
  const back = () => (location.key === 'default' ? navigate(`/komitmen/${view.id}`) : navigate(-1));
  const stamp = t(model.draft ? 'commitmentPrint.footerDraft' : 'commitmentPrint.footer', {
    date: model.printedAt,
  });

  return (
    <div className={classes.desk}>
      <PageMargins stamp={stamp} page={(n, total) => t('commitmentPrint.pageOf', { n, total })} />
      <header className={classes.toolbar}>
        <Group className={classes.toolbarInner} justify="space-between" gap="xs">
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={back}>
            {t('commitmentPrint.back')}
          </Button>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconFileTypeDocx size={16} />}
              loading={docx.busy}
              onClick={() => void docx.download()}
            >
              {t('commitmentPrint.downloadDocx')}
            </Button>
            <Button leftSection={<IconPrinter size={16} />} onClick={() => printCommitment(host, view.id)}>
              {t('commitmentPrint.print')}
            </Button>
          </Group>
        </Group>
        <Text className={`${classes.toolbarInner} ${classes.hint}`} size="xs" c="dimmed" mt={4}>
          {t('commitmentPrint.printHint')}
        </Text>
      </header>
      <main className={classes.sheet}>
        <CommitmentDocument model={model} stamp={stamp} />
      </main>
    </div>
  );
}
