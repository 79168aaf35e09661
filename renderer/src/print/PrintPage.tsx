/**
 * The frame every print route (/cetak/…) shares: while its document loads a spinner, when it is
 * missing a way back to its list, and once it is there an A4 sheet under a small toolbar (back, the
 * route's downloads, print) with the running page footer. The document itself is the caller's.
 */
import { Button, Center, Group, Loader, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter, IconSearchOff } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { MessageKey } from '../../../shared/i18n/id';
import { useSession } from '../app/session';
import { PageState } from '../catalog/InnovationStates';
import { PageMargins } from './PageMargins';
import { printRoute } from './print-route';
import classes from './print-sheet.module.css';

/** The messages a print route names under its own prefix (`planPrint.back`, `fgdMinutes.back`, …). */
type FrameMessage =
  | 'loading'
  | 'notFound.title'
  | 'notFound.body'
  | 'notFound.action'
  | 'back'
  | 'print'
  | 'printHint'
  | 'pageOf';

/** A prefix of the catalog under which every frame message exists. */
export type PrintMessages = {
  [K in MessageKey]: K extends `${infer P}.printHint`
    ? `${P}.${FrameMessage}` extends MessageKey
      ? P
      : never
    : never;
}[MessageKey];

/** Until the document is there: a spinner while `loading`, then "not found" with a link to `listPath`. */
export function PrintPageFallback({
  loading,
  messages,
  listPath,
}: {
  loading: boolean;
  messages: PrintMessages;
  listPath: string;
}) {
  const { t } = useTranslation();
  if (loading) {
    return (
      <Center mih="100vh" role="status" aria-label={t(`${messages}.loading`)}>
        <Loader size="md" />
      </Center>
    );
  }
  return (
    <main>
      <PageState
        icon={<IconSearchOff size={32} stroke={1.5} />}
        title={t(`${messages}.notFound.title`)}
        description={t(`${messages}.notFound.body`)}
        action={
          <Button component={Link} to={listPath} leftSection={<IconArrowLeft size={16} />}>
            {t(`${messages}.notFound.action`)}
          </Button>
        }
      />
    </main>
  );
}

/** When the paper is printed: it starts at opening, and moves on each time the print dialog opens. */
export function usePrintedAt(): Date {
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    // The stamp says when the paper was printed, not when the page was opened.
    const refresh = () => setPrintedAt(new Date());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  return printedAt;
}

/** An export menu's "print" asks for the dialog through the route's state: a reload does not reprint. */
function wantsPrint(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'print' in state && state.print === true;
}

/** Opens the print dialog for `path` when the route was opened with `{ print: true }` in its state. */
export function usePrintRequest(path: string): void {
  const { host } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const printRequested = wantsPrint(location.state);
  useEffect(() => {
    if (!printRequested) return;
    // Forget the request first, so going back and forth does not open the dialog again.
    navigate(location.pathname, { replace: true, state: null });
    printRoute(host, path);
  }, [printRequested, navigate, location.pathname, host, path]);
}

/**
 * The sheet and its toolbar. `title` becomes the page's title, which the browser offers as the PDF's
 * file name; "back" returns to where the person came from or, opened on its own (a new tab, a
 * bookmark), to `homePath`; `downloads` stand before the print button.
 */
export function PrintSheet({
  messages,
  title,
  stamp,
  homePath,
  printPath,
  downloads,
  children,
}: {
  messages: PrintMessages;
  title: string;
  stamp: string;
  homePath: string;
  printPath: string;
  downloads: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { host } = useSession();
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  const back = () => (location.key === 'default' ? navigate(homePath) : navigate(-1));
  return (
    <div className={classes.desk}>
      <PageMargins stamp={stamp} page={(n, total) => t(`${messages}.pageOf`, { n, total })} />
      <header className={classes.toolbar}>
        <Group className={classes.toolbarInner} justify="space-between" gap="xs">
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={back}>
            {t(`${messages}.back`)}
          </Button>
          <Group gap="xs">
            {downloads}
            <Button leftSection={<IconPrinter size={16} />} onClick={() => printRoute(host, printPath)}>
              {t(`${messages}.print`)}
            </Button>
          </Group>
        </Group>
        <Text className={`${classes.toolbarInner} ${classes.hint}`} size="xs" c="dimmed" mt={4}>
          {t(`${messages}.printHint`)}
        </Text>
      </header>
      {/* data-print-sheet: the desktop app's PDF maker waits for it (electron/main/print-pdf.ts). */}
      <main className={classes.sheet} data-print-sheet="">
        {children}
      </main>
    </div>
  );
}
