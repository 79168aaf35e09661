/** The keyboard shortcuts, listed where people look for them (press "?"). */
import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../shared/i18n/index';

type ShortcutKey = Extract<MessageKey, `shortcuts.${string}`>;

const SHORTCUTS: { keys: string[]; label: ShortcutKey }[] = [
  { keys: ['/'], label: 'shortcuts.search' },
  { keys: ['N'], label: 'shortcuts.newInnovation' },
  { keys: ['G', 'K'], label: 'shortcuts.goCatalog' },
  { keys: ['G', 'R'], label: 'shortcuts.goReplication' },
  { keys: ['G', 'M'], label: 'shortcuts.goCommitments' },
  { keys: ['G', 'F'], label: 'shortcuts.goFgd' },
  { keys: ['G', 'P'], label: 'shortcuts.goMasterPlan' },
  { keys: ['Ctrl', 'Z'], label: 'shortcuts.undo' },
  { keys: ['Ctrl', 'Shift', 'Z'], label: 'shortcuts.redo' },
  { keys: ['?'], label: 'shortcuts.help' },
];

export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} centered>
      <Table verticalSpacing="xs">
        <Table.Tbody>
          {SHORTCUTS.map((shortcut) => (
            <Table.Tr key={shortcut.label}>
              <Table.Td>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' + '}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{t(shortcut.label)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
