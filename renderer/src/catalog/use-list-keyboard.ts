/**
 * Arrow keys (and Home/End) between the links of a virtual list: the list scrolls to the next row,
 * which may not be rendered yet, and focuses it once it exists.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type RefObject, useCallback } from 'react';

/** `step`: how far ArrowUp/ArrowDown move (1 in a table, the number of columns in a grid). */
export function useListKeyboard(
  scrollRef: RefObject<HTMLDivElement | null>,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  count: number,
  step: number,
  /** Virtual row of an item index (the same in a table; index / columns in a grid). */
  rowOf: (index: number) => number,
): (event: KeyboardEvent<HTMLDivElement>) => void {
  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target.dataset.index === undefined) return;
      const index = Number(target.dataset.index);
      const moves: Record<string, number> = {
        ArrowDown: step,
        ArrowUp: -step,
        ...(step > 1 ? { ArrowRight: 1, ArrowLeft: -1 } : {}),
        Home: -index,
        End: count - 1 - index,
      };
      const move = moves[event.key];
      if (move === undefined) return;
      const next = Math.max(0, Math.min(count - 1, index + move));
      event.preventDefault();
      if (next === index) return;
      virtualizer.scrollToIndex(rowOf(next), { align: 'auto' });
      // Usually rendered already (overscan): focus at once, so a quick second key press starts from it.
      const focus = (attempt: number) => {
        const element = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`);
        if (element) element.focus({ preventScroll: true });
        else if (attempt < 5) requestAnimationFrame(() => focus(attempt + 1));
      };
      focus(0);
    },
    [scrollRef, virtualizer, count, step, rowOf],
  );
}
