/**
 * How a URL appears in logs: scheme and origin only. Query strings carry tokens (`?token=`) and
 * paths can carry personal data, so neither is ever written to a log.
 */
export function describeUrlForLog(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '<unparseable url>';
  }
  if (url.protocol === 'file:') return 'file://<path>';
  // `origin` is "null" for opaque schemes (data:, javascript:, about:): the scheme is the useful part.
  return url.origin === 'null' ? `${url.protocol}<opaque>` : url.origin;
}
