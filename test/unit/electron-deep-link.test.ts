/** rembug://join links from the FGD room lead only to a node on the private LAN. */
import { describe, expect, it } from 'vitest';
import { deepLinkInArgv, isPrivateIpv4, parseDeepLink } from '../../electron/main/deep-link';

describe('deep links', () => {
  it('opens the participant page of a LAN node with the code filled in', () => {
    expect(parseDeepLink('rembug://join?kode=123456&node=http://192.168.1.5:8787')).toEqual({
      ok: true,
      link: {
        kind: 'join',
        code: '123456',
        node: 'http://192.168.1.5:8787',
        pageUrl: 'http://192.168.1.5:8787/#/ikut?kode=123456',
      },
    });
    expect(parseDeepLink('rembug://join/?node=https://10.0.0.2&kode=000001')).toMatchObject({
      ok: true,
      link: { pageUrl: 'https://10.0.0.2/#/ikut?kode=000001' },
    });
  });

  it.each([
    ['a public node', 'rembug://join?kode=123456&node=http://8.8.8.8:8787'],
    ['a host name', 'rembug://join?kode=123456&node=http://evil.example:8787'],
    ['a name that looks private', 'rembug://join?kode=123456&node=http://192.168.1.5.evil.example'],
    ['credentials hiding the host', 'rembug://join?kode=123456&node=http://192.168.1.5@8.8.8.8'],
    ['loopback', 'rembug://join?kode=123456&node=http://127.0.0.1:8787'],
    ['a path on the node', 'rembug://join?kode=123456&node=http://192.168.1.5:8787/evil'],
    ['a query on the node', 'rembug://join?kode=123456&node=http://192.168.1.5:8787?x=1'],
    ['javascript: as node', 'rembug://join?kode=123456&node=javascript:alert(1)'],
    ['file: as node', 'rembug://join?kode=123456&node=file:///etc/passwd'],
    ['ws: as node', 'rembug://join?kode=123456&node=ws://192.168.1.5:8787'],
    ['a short code', 'rembug://join?kode=12345&node=http://192.168.1.5'],
    ['a code with letters', 'rembug://join?kode=12345a&node=http://192.168.1.5'],
    ['two codes', 'rembug://join?kode=123456&kode=654321&node=http://192.168.1.5'],
    ['two nodes', 'rembug://join?kode=123456&node=http://192.168.1.5&node=http://10.0.0.1'],
    ['another action', 'rembug://open?kode=123456&node=http://192.168.1.5'],
    ['a path after join', 'rembug://join/evil?kode=123456&node=http://192.168.1.5'],
    ['no slashes', 'rembug:join?kode=123456&node=http://192.168.1.5'],
    ['another scheme', 'https://join?kode=123456&node=http://192.168.1.5'],
    ['a newline', 'rembug://join?kode=123456&node=http://192.168.1.5\n'],
    ['octets out of range', 'rembug://join?kode=123456&node=http://192.168.1.256'],
    ['172 outside the private block', 'rembug://join?kode=123456&node=http://172.32.0.1'],
  ])('ignores %s', (_name, raw) => {
    expect(parseDeepLink(raw).ok).toBe(false);
  });

  it('knows the private IPv4 ranges', () => {
    expect(['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.1'].every(isPrivateIpv4)).toBe(true);
    expect(
      ['172.15.0.1', '127.0.0.1', '169.254.1.1', '192.169.0.1', '010.0.0.1', '1.2.3'].some(isPrivateIpv4),
    ).toBe(false);
  });

  it('finds the link on a command line', () => {
    expect(deepLinkInArgv(['/opt/Rembug/rembug', '--flag', 'rembug://join?kode=1'])).toBe(
      'rembug://join?kode=1',
    );
    expect(deepLinkInArgv(['/opt/Rembug/rembug', '.'])).toBeNull();
  });
});
