import { useState } from 'react';

/**
 * An entry the person asked to remove, awaiting their confirmation. The entry outlives the dialog's
 * open flag, so a closing dialog keeps its text while it fades out.
 */
export interface Removal<Entry> {
  entry: Entry | null;
  opened: boolean;
  ask: (entry: Entry) => void;
  close: () => void;
}

export function useRemoval<Entry>(): Removal<Entry> {
  const [entry, setEntry] = useState<Entry | null>(null);
  const [opened, setOpened] = useState(false);
  return {
    entry,
    opened,
    ask: (next) => {
      setEntry(next);
      setOpened(true);
    },
    close: () => setOpened(false),
  };
}
