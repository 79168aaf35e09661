/**
 * /cetak/komitmen/:id — a commitment laid out as the official document for the signing ceremony, to
 * print or save as PDF, outside the app's frame: on screen a sheet under a small toolbar, on paper
 * only the sheet. Opened from the export menu with `{ print: true }` in its state, it opens the print
 * dialog itself once the document is complete.
 */
import { Button } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useArea } from '../../app/hooks';
import { useRegionsSettled } from '../../catalog/use-region-settled';
import { PrintPageFallback, PrintSheet, usePrintedAt, usePrintRequest } from '../../print/PrintPage';
import { type CommitmentView, useCommitmentView } from '../use-commitment';
import { CommitmentDocument } from './CommitmentDocument';
import { commitmentPrintPath } from './print';
import { useCommitmentDocumentBuilder, useCommitmentDocx } from './use-commitment-export';

export function CommitmentPrintPage() {
  const { id = '' } = useParams();
  const view = useCommitmentView(id);
  const area = useArea();
  const members = useMemo(() => area.members.map((member) => member.code), [area.members]);
  // Every member's signature is in that member's own document: until all have settled, a region
  // would read "not signed" for a moment, and could be printed so.
  const regionsSettled = useRegionsSettled(members);
  if (view.commitment && regionsSettled) return <CommitmentPrint view={view} />;
  return (
    <PrintPageFallback
      loading={!view.loaded || view.commitment !== null}
      messages="commitmentPrint"
      listPath="/komitmen"
    />
  );
}

function CommitmentPrint({ view }: { view: CommitmentView }) {
  const { t } = useTranslation();
  const build = useCommitmentDocumentBuilder(view);
  const docx = useCommitmentDocx(view);
  const printedAt = usePrintedAt();
  const model = build(printedAt);
  usePrintRequest(commitmentPrintPath(view.id));

  if (!model) return null;
  const stamp = t(model.draft ? 'commitmentPrint.footerDraft' : 'commitmentPrint.footer', {
    date: model.printedAt,
  });
  return (
    <PrintSheet
      messages="commitmentPrint"
      title={model.title}
      stamp={stamp}
      // Written out rather than imported from CommitmentPage, which would bring the editor along.
      homePath={`/komitmen/${view.id}`}
      printPath={commitmentPrintPath(view.id)}
      downloads={
        <Button
          variant="default"
          leftSection={<IconFileTypeDocx size={16} />}
          loading={docx.busy}
          onClick={() => void docx.download()}
        >
          {t('commitmentPrint.downloadDocx')}
        </Button>
      }
    >
      <CommitmentDocument model={model} stamp={stamp} />
    </PrintSheet>
  );
}
