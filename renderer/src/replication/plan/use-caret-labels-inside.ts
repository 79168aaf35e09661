/**
 * Keeps co-editors' name tabs inside the notes: a tab normally hangs to the right of its caret; near
 * the right edge it would be cut off, so it hangs to the left there. Measured whenever carets move
 * (awareness), the text changes, or the window is resized.
 */
import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';

const LABEL = '.collaboration-carets__label';

function keepLabelsInside(area: HTMLElement): void {
  const bounds = area.getBoundingClientRect();
  for (const label of area.querySelectorAll<HTMLElement>(LABEL)) {
    delete label.dataset.side;
    if (label.getBoundingClientRect().right <= bounds.right) continue;
    label.dataset.side = 'left';
    // Too long for either side (a narrow phone): the right-hanging tab at least shows the name's start.
    if (label.getBoundingClientRect().left < bounds.left) delete label.dataset.side;
  }
}

export function useCaretLabelsInside(editor: Editor, awareness: Awareness | null): void {
  useEffect(() => {
    if (awareness === null) return undefined;
    let frame = 0;
    // After the caret plugin has redrawn (it reacts to the same events), once per frame.
    const place = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!editor.isDestroyed) keepLabelsInside(editor.view.dom);
      });
    };
    awareness.on('change', place);
    editor.on('transaction', place);
    window.addEventListener('resize', place);
    place();
    return () => {
      cancelAnimationFrame(frame);
      awareness.off('change', place);
      editor.off('transaction', place);
      window.removeEventListener('resize', place);
    };
  }, [editor, awareness]);
}
