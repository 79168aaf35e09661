/**
 * The running footer of every printed page: the print stamp and "page n of m" in @page margin boxes,
 * which Chromium (and so Electron) prints. Their text is CSS, so it is written here per language
 * and time, quoted as a CSS string.
 */
export function PageMargins({ stamp, page }: { stamp: string; page: (n: string, total: string) => string }) {
  const quote = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;
  // The page numbers are counters, not text: the sentence is split around two markers standing for them.
  const counters: Record<string, string> = { '[[n]]': 'counter(page)', '[[total]]': 'counter(pages)' };
  const pageContent = page('[[n]]', '[[total]]')
    .split(/(\[\[n\]\]|\[\[total\]\])/)
    .filter((part) => part !== '')
    .map((part) => counters[part] ?? quote(part))
    .join(' ');
  const css = `@page {
  @bottom-left { content: ${quote(stamp)}; font: 8pt Arial, "Liberation Sans", sans-serif; color: #000; }
  @bottom-right { content: ${pageContent}; font: 8pt Arial, "Liberation Sans", sans-serif; color: #000; }
}`;
  return <style>{css}</style>;
}
