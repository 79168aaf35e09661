/** The app's own scheme: which files it serves, with which headers and CSP. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  appResponseHeaders,
  appUrlFor,
  contentSecurityPolicy,
  contentTypeFor,
  resolveAppFile,
} from '../../electron/main/app-protocol';

const ROOT = path.resolve('/app/out/renderer');

describe('rembug-app:// file resolution', () => {
  it.each([
    ['rembug-app://app/', 'index.html'],
    ['rembug-app://app/index.html#/papan/fgd/x', 'index.html'],
    ['rembug-app://app/assets/index-abc.js?v=1', 'assets/index-abc.js'],
    ['rembug-app://app/assets/Inter%20Var.woff2', 'assets/Inter Var.woff2'],
  ])('%s → %s', (url, file) => {
    expect(resolveAppFile(ROOT, url)).toBe(path.join(ROOT, file));
  });

  it.each([
    'rembug-app://app/../main/index.js',
    'rembug-app://app/%2e%2e/main/index.js',
    'rembug-app://app/assets/%2e%2e/%2e%2e/main/index.js',
    'rembug-app://app/..%2fmain%2findex.js',
    'rembug-app://app/..%5cmain%5cindex.js',
    'rembug-app://app/assets/%00.js',
    'rembug-app://app/%E0%A4%A',
    'rembug-app://other/index.html',
    'file:///app/out/renderer/index.html',
    'https://app/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(ROOT, url)).toBeNull();
  });

  it('makes hash routes of the entry page', () => {
    expect(appUrlFor('/papan/komitmen/c1')).toBe(`${APP_ENTRY_URL}#/papan/komitmen/c1`);
  });

  it('names content types, unknown ones as bytes', () => {
    expect(contentTypeFor('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/a/x.exe')).toBe('application/octet-stream');
  });
});

describe('content security policy', () => {
  const csp = contentSecurityPolicy({
    nodeUrl: 'ws://127.0.0.1:40123',
    hubUrls: ['https://hub.example.id/path?token=secret', 'javascript:alert(1)', 'not a url'],
  });
  const directive = (name: string) =>
    csp
      .split('; ')
      .find((d) => d.startsWith(`${name} `))
      ?.split(' ')
      .slice(1);

  it('lets the page make HTTP requests only to its node and the configured hub; sockets to hubs', () => {
    expect(directive('connect-src')).toEqual([
      "'self'",
      'ws:',
      'wss:',
      'ws://127.0.0.1:40123',
      'http://127.0.0.1:40123',
      'wss://hub.example.id',
      'https://hub.example.id',
    ]);
    expect(directive('connect-src')).not.toContain('http:');
    expect(directive('connect-src')).not.toContain('https:');
    expect(csp).not.toContain('secret');
    expect(csp).not.toContain('javascript');
  });

  it('runs only our own scripts, never eval, and nothing framed or posted', () => {
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
    expect(directive('form-action')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'none'"]);
  });

  it('is sent with every response, with nosniff', () => {
    expect(appResponseHeaders('/x/index.html', csp)).toMatchObject({
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': 'text/html; charset=utf-8',
    });
  });
});
