/**
 * A console dialog that is open while there is something to edit. Its form mounts with the target,
 * so each opening starts from that target's values.
 */
import { Modal } from '@mantine/core';
import type { ComponentType } from 'react';
import type { FgdView } from '../use-fgd';

/** What a console dialog gets from its panel: null target while closed. */
export interface TargetModalProps<Target> {
  view: FgdView;
  target: Target | null;
  onClose: () => void;
}

/** What the form inside gets: the open target and the dialog's title as the form's name. */
export interface TargetFormProps<Target> {
  view: FgdView;
  target: Target;
  label: string;
  onDone: () => void;
}

export function TargetModal<Target>({
  view,
  target,
  title,
  onClose,
  form: Form,
}: TargetModalProps<Target> & { title: string; form: ComponentType<TargetFormProps<Target>> }) {
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target !== null && <Form view={view} target={target} label={title} onDone={onClose} />}
    </Modal>
  );
}
