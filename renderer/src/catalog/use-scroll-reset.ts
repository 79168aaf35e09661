/** Back to the top of a virtual list when the person changes what it lists (not when the data updates). */
import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect } from 'react';

export function useScrollReset(virtualizer: Virtualizer<HTMLDivElement, Element>, resetKey: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger, not an input.
  useEffect(() => {
    // The virtualizer's own offset: asking the element would force a layout on every keystroke.
    if ((virtualizer.scrollOffset ?? 0) > 0) virtualizer.scrollToOffset(0);
  }, [resetKey]);
}
