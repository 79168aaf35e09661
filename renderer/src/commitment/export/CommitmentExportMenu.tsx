/**
 * "Ekspor" in a commitment's header: the commitment as the official document to print or save as PDF
 * (its print route, which opens the print dialog), or as a Word file to edit for a ceremony.
 */
import { Menu } from '@mantine/core';
import { IconDownload, IconFileTypeDocx, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DocumentExportMenu } from '../../print/DocumentExportMenu';
import type { CommitmentView } from '../use-commitment';
import { commitmentPrintPath } from './print';
import { preloadDocx, useCommitmentDocx } from './use-commitment-export';

export function CommitmentExportMenu({ view }: { view: CommitmentView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const docx = useCommitmentDocx(view);
  return (
    <DocumentExportMenu
      icon={<IconDownload size={16} />}
      label={t('commitmentExport.button')}
      heading={t('commitmentExport.label')}
      busy={docx.busy}
      onOpen={preloadDocx}
    >
      <Menu.Item
        leftSection={<IconPrinter size={16} />}
        onClick={() => navigate(commitmentPrintPath(view.id), { state: { print: true } })}
      >
        {t('commitmentExport.pdf')}
      </Menu.Item>
      <Menu.Item leftSection={<IconFileTypeDocx size={16} />} onClick={() => void docx.download()}>
        {t('commitmentExport.docx')}
      </Menu.Item>
    </DocumentExportMenu>
  );
}
