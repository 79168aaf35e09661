/**
 * Who is typing in a plan's notes, as the named carets show it. Presence in the notes travels in the
 * adopting region document's awareness, which — unlike the area document's — carries no person until
 * someone opens the notes: the editor lends them there while it is open and takes them back after.
 */
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';

/** What a caret needs to say who it is: the person, their region, their presence colour. */
export const CaretUser = z.object({
  name: z.string().min(1).max(120),
  /** "Sri Wahyuni · Kab. Klaten". */
  label: z.string().min(1).max(200),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type CaretUser = z.infer<typeof CaretUser>;

export function caretUser(name: string, regionName: string | null, color: string): CaretUser {
  return { name, label: regionName === null ? name : `${name} · ${regionName}`, color };
}

/**
 * The caret of another window's state, or null when it is not one we can show: awareness comes from
 * other people's windows, so it is checked like any other input before it reaches the page.
 */
export function readCaretUser(state: unknown): CaretUser | null {
  const parsed = CaretUser.safeParse(state);
  return parsed.success ? parsed.data : null;
}

/** The fields the notes editor puts in a region document's awareness. */
const NOTES_FIELDS = ['user', 'cursor'] as const;

/**
 * Puts this person in the awareness while the notes are open; the returned function removes them
 * (and their caret) again, keeping whatever else the state holds.
 */
export function lendPresence(awareness: Awareness, user: CaretUser): () => void {
  awareness.setLocalStateField('user', user);
  return () => {
    const state = awareness.getLocalState();
    // A destroyed provider has already dropped the whole state: nothing left to take back.
    if (state === null) return;
    const rest = Object.fromEntries(
      Object.entries(state).filter(([field]) => !(NOTES_FIELDS as readonly string[]).includes(field)),
    );
    awareness.setLocalState(rest);
  };
}

/** Quiet time after which the last caret position is sent once more. */
export const CARET_SETTLE_MS = 600;

/**
 * Sends this person's awareness state once more when their caret has stopped moving. Nodes accept a
 * limited number of awareness messages per second (electron/sync-node/connection.ts) and drop the
 * rest; while someone types fast next to another typist, the last position can be among the dropped
 * ones, and the caret others see would stay wrong until the next renewal (15 s). One repeat after a
 * quiet moment, when the limit has room again, puts it right.
 */
export function resendWhenQuiet(awareness: Awareness, quietMs = CARET_SETTLE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resending = false;
  const resend = () => {
    timer = undefined;
    const state = awareness.getLocalState();
    if (state === null) return;
    resending = true;
    try {
      awareness.setLocalState(state);
    } finally {
      resending = false;
    }
  };
  const onUpdate = (_changes: unknown, origin: unknown) => {
    if (origin !== 'local' || resending) return;
    clearTimeout(timer);
    timer = setTimeout(resend, quietMs);
  };
  awareness.on('update', onUpdate);
  return () => {
    clearTimeout(timer);
    awareness.off('update', onUpdate);
  };
}

/** A caret with the person's name and region on a tab in their presence colour. */
export function renderCaret(state: Record<string, unknown>): HTMLElement {
  const user = readCaretUser(state);
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  // Names are for sighted co-editors; a screen reader reading the text should not hear them mid-word.
  caret.setAttribute('aria-hidden', 'true');
  if (user === null) return caret;
  caret.style.borderColor = user.color;
  const tab = document.createElement('span');
  tab.classList.add('collaboration-carets__label');
  tab.style.backgroundColor = user.color;
  tab.textContent = user.label;
  caret.append(tab);
  return caret;
}
