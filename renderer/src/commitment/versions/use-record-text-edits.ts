/**
 * Puts "mengubah naskah" in the commitment's history when this window's person edits the text. The
 * editor writes the text fragment directly (not through a model command), so this watches it: only
 * this window's own changes count (not those arriving from other people), and a person's edits within
 * five minutes make one entry (the model's throttle decides, from the history itself, so two windows
 * of the same person agree).
 */
import { useEffect } from 'react';
import { COMMITMENT_TEXT } from '../../../../shared/model/commitment';
import {
  observeLocalTextEdits,
  recordTextEdit,
  TEXT_EDIT_INTERVAL_MS,
} from '../../../../shared/model/commitment-history';
import { useSession } from '../../app/session';
import type { CommitmentView } from '../use-commitment';

/** After the history already has a recent entry of this person's, look again this much later. */
const RECHECK_MS = 30_000;

export function useRecordTextEdits(view: CommitmentView): void {
  const { ctx } = useSession();
  const doc = view.synced.doc;
  const enabled = view.canEdit;
  useEffect(() => {
    if (!enabled) return;
    // Keystrokes between two checks cost nothing: the history is read at most once per interval.
    let quietUntil = 0;
    let pending = false;
    const stop = observeLocalTextEdits(doc, COMMITMENT_TEXT, () => {
      const now = ctx.now().getTime();
      if (pending || now < quietUntil) return;
      pending = true;
      // After the editor's transaction has finished, as a change of its own.
      queueMicrotask(() => {
        pending = false;
        const result = recordTextEdit(doc, ctx);
        if (!result.ok) {
          console.warn(`text edit not recorded in the history: ${result.error.key}`);
          quietUntil = now + TEXT_EDIT_INTERVAL_MS;
          return;
        }
        quietUntil = now + (result.value ? TEXT_EDIT_INTERVAL_MS : RECHECK_MS);
      });
    });
    return stop;
  }, [doc, ctx, enabled]);
}
