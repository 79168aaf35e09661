/**
 * Which links the desktop app hands to the system browser: https only, judged on the parsed URL and
 * on the raw text, because the URL parser quietly repairs what a misleading link relies on
 * (`https:evil` becomes `https://evil/`, tabs and newlines vanish, `user@host` hides the host).
 * No Electron imports; index.ts passes the result to `shell.openExternal`.
 */

export type ExternalUrlResult = { ok: true; url: string } | { ok: false; reason: string };

export function checkExternalUrl(raw: string): ExternalUrlResult {
  // Whitespace or control characters anywhere: the parser would strip them, the person never saw them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/.test(raw)) {
    return { ok: false, reason: 'whitespace or control characters' };
  }
  // The exact prefix, lower case: `https:evil`, `HTTPS://`, `https:/x` and `https:\\x` all parse, and
  // none is what a real link looks like.
  if (!raw.startsWith('https://')) return { ok: false, reason: 'not an https:// link' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'unparseable' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'not https' };
  // `https://good.example@evil.example/` goes to evil.example; nobody needs credentials in a link.
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials in the link' };
  const host = url.hostname;
  if (host === '' || !host.includes('.')) return { ok: false, reason: 'no public host name' };
  // Internationalised names reach the parser as punycode; lookalike letters (Cyrillic "о" in
  // "gооgle") show up as `xn--` labels. Our links never need them, so they are refused.
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    return { ok: false, reason: 'internationalised host name' };
  }
  if (host.startsWith('[') || /^[0-9.]+$/.test(host)) return { ok: false, reason: 'an IP address' };
  return { ok: true, url: url.href };
}
