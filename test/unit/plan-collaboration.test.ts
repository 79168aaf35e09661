import { describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  commentParty,
  newCommentId,
  supportStatus,
} from '../../renderer/src/replication/plan/collaboration-rules.js';
import {
  caretUser,
  lendPresence,
  readCaretUser,
  resendWhenQuiet,
} from '../../renderer/src/replication/plan/notes-presence.js';
import { EntryId } from '../../shared/model/fields.js';

const ref = { sourceCode: '34.01' };

describe('plan collaboration rules', () => {
  it('tells the two parties apart by the region whose document holds the comment', () => {
    expect(commentParty({ regionCode: '34.01' }, ref)).toBe('source');
    expect(commentParty({ regionCode: '33.10' }, ref)).toBe('adopter');
  });

  it('reads the support record as waiting, confirmed or withdrawn', () => {
    expect(supportStatus(null)).toBe('waiting');
    expect(supportStatus({ confirmed: true })).toBe('confirmed');
    expect(supportStatus({ confirmed: false })).toBe('withdrawn');
  });

  it('makes short comment ids the model accepts, even at the ends of the random range', () => {
    for (const random of [() => 0, () => 0.999_999_999, Math.random]) {
      const id = newCommentId(random);
      expect(id).toMatch(/^k[0-9a-z]{8}$/);
      expect(EntryId.safeParse(id).success).toBe(true);
    }
    expect(newCommentId(() => 0)).toBe('k00000000');
    const ids = new Set(Array.from({ length: 500 }, () => newCommentId()));
    expect(ids.size).toBe(500);
  });
});

describe('presence in the notes', () => {
  it('labels the caret with the person and their region', () => {
    expect(caretUser('Sri Wahyuni', 'Kab. Klaten', '#2f7d68')).toEqual({
      name: 'Sri Wahyuni',
      label: 'Sri Wahyuni · Kab. Klaten',
      color: '#2f7d68',
    });
    expect(caretUser('Tenaga Ahli', null, '#2f7d68').label).toBe('Tenaga Ahli');
  });

  it('shows only carets whose state it can read', () => {
    expect(readCaretUser({ name: 'A', label: 'A · Kab. Klaten', color: '#123abc' })).not.toBeNull();
    expect(readCaretUser({ name: 'A', label: 'A', color: 'red' })).toBeNull();
    expect(readCaretUser({ name: 'A', color: '#123abc' })).toBeNull();
    expect(readCaretUser(null)).toBeNull();
  });

  it('lends the person to the awareness while open and takes them and their caret back after', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalStateField('other', 1);
    const seen: unknown[] = [];
    awareness.on('change', () => seen.push(awareness.getLocalState()));
    const user = caretUser('Sri Wahyuni', 'Kab. Klaten', '#2f7d68');
    const giveBack = lendPresence(awareness, user);
    expect(awareness.getLocalState()).toEqual({ other: 1, user });
    awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    giveBack();
    expect(awareness.getLocalState()).toEqual({ other: 1 });
    // One change for lending, one for the caret, one for giving back: never a caret without its name.
    expect(seen).toHaveLength(3);
    awareness.destroy();
  });

  it('gives back nothing once the awareness has dropped its state', () => {
    const awareness = new Awareness(new Y.Doc());
    const giveBack = lendPresence(awareness, caretUser('A', null, '#2f7d68'));
    awareness.setLocalState(null);
    expect(() => giveBack()).not.toThrow();
    expect(awareness.getLocalState()).toBeNull();
    awareness.destroy();
  });

  it('sends the caret once more when it has stopped moving, and only once', () => {
    vi.useFakeTimers();
    try {
      const awareness = new Awareness(new Y.Doc());
      const sent: unknown[] = [];
      // What a provider sends: every local 'update', changed or not.
      awareness.on('update', (_changes: unknown, origin: unknown) => {
        if (origin === 'local') sent.push(awareness.getLocalState());
      });
      const stop = resendWhenQuiet(awareness, 600);
      for (let key = 1; key <= 5; key += 1) {
        awareness.setLocalStateField('cursor', { head: key });
        vi.advanceTimersByTime(100);
      }
      expect(sent).toHaveLength(5);
      vi.advanceTimersByTime(600);
      expect(sent).toHaveLength(6);
      expect(sent[5]).toEqual({ cursor: { head: 5 } });
      vi.advanceTimersByTime(5000);
      expect(sent).toHaveLength(6);
      awareness.setLocalStateField('cursor', { head: 6 });
      stop();
      vi.advanceTimersByTime(5000);
      expect(sent).toHaveLength(7);
      awareness.destroy();
    } finally {
      vi.useRealTimers();
    }
  });
});
