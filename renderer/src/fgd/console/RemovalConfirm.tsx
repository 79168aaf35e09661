/** Asks before removing an agenda step or a decision; the removal runs only on "Hapus". */
import { ConfirmModal } from '../../replication/plan/ConfirmModal';
import type { Removal } from './use-removal';

export function RemovalConfirm<Entry>({
  removal,
  title,
  body,
  confirmLabel,
  onRemove,
}: {
  removal: Removal<Entry>;
  title: string;
  body: string;
  confirmLabel: string;
  onRemove: (entry: Entry) => void;
}) {
  return (
    <ConfirmModal
      opened={removal.opened}
      title={title}
      body={body}
      confirmLabel={confirmLabel}
      onConfirm={() => {
        if (removal.entry !== null) onRemove(removal.entry);
      }}
      onClose={removal.close}
    />
  );
}
