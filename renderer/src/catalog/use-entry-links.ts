/**
 * List rows as plain links: one href prefix and one click handler for the whole list, instead of a
 * router `<Link>` per row (each with its own hooks and location subscription) — rows stay plain DOM
 * that is cheap to mount while scrolling or typing. Enter on a focused row clicks it, so the keyboard
 * takes the same path; a click with a modifier key is left to the browser.
 */
import { type MouseEvent, useCallback } from 'react';
import { useHref, useNavigate } from 'react-router';

const CATALOG_PATH = '/katalog';

export interface EntryLinks {
  /** `href` of the entry `<region>/<id>` is `${hrefBase}/${key}`. */
  hrefBase: string;
  /** For the list element: opens the row link that was clicked inside the app. */
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

export function useEntryLinks(): EntryLinks {
  const hrefBase = useHref(CATALOG_PATH);
  const navigate = useNavigate();
  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[data-key]') : null;
      const key = link instanceof HTMLAnchorElement ? link.dataset.key : undefined;
      if (key === undefined) return;
      event.preventDefault();
      navigate(`${CATALOG_PATH}/${key}`);
    },
    [navigate],
  );
  return { hrefBase, onClick };
}
