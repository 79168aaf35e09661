/** Links handed to the system browser: https to a named public host, as written, or nothing. */
import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../electron/main/external-url';

describe('external links', () => {
  it.each([
    ['https://rembug.id/bantuan', 'https://rembug.id/bantuan'],
    ['https://www.kemendagri.go.id/?q=a#b', 'https://www.kemendagri.go.id/?q=a#b'],
  ])('opens %s', (raw, url) => {
    expect(checkExternalUrl(raw)).toEqual({ ok: true, url });
  });

  it.each([
    ['credentials hiding the host', 'https://good.example@evil.example/'],
    ['credentials with a password', 'https://user:pw@good.example/'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with https in it', 'javascript://https://good.example/%0Aalert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['http:', 'http://good.example/'],
    ['upper-case scheme', 'HTTPS://good.example/'],
    ['https without slashes', 'https:evil.example'],
    ['https with one slash', 'https:/evil.example'],
    ['backslashes', 'https:\\\\evil.example'],
    ['Cyrillic lookalike', 'https://gооgle.com/'],
    ['punycode lookalike', 'https://xn--ggle-55da.com/'],
    ['leading space', ' https://good.example/'],
    ['trailing newline', 'https://good.example/\n'],
    ['tab inside', 'https://go\tod.example/'],
    ['newline inside', 'https://good.example/\nhttps://evil.example'],
    ['zero-width space', 'https://good\u200b.example/'],
    ['right-to-left override', 'https://good.example/\u202egpj.exe'],
    ['an IP address', 'https://192.168.1.5/'],
    ['IPv6', 'https://[::1]/'],
    ['a host without a dot', 'https://intranet/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['empty', ''],
    ['not a url', 'https://'],
  ])('refuses %s', (_name, raw) => {
    expect(checkExternalUrl(raw).ok).toBe(false);
  });
});
