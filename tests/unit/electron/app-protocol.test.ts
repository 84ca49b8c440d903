import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppRequest } from '../../../electron/transport/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/transport/csp';
import { createAppProtocolHandler } from '../../../electron/main/protocol-handler';

const ROOT = path.resolve('/srv/tla/dist/renderer');

describe('resolveAppRequest', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppRequest(ROOT, 'app://tla/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppRequest(ROOT, 'app://tla')).toBe(path.join(ROOT, 'index.html'));
  });

  it('maps a request to a file inside the build folder', () => {
    expect(resolveAppRequest(ROOT, 'app://tla/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppRequest(ROOT, 'app://tla/assets/app-1a2b.js?v=1#x')).toBe(
      path.join(ROOT, 'assets', 'app-1a2b.js'),
    );
    expect(resolveAppRequest(ROOT, 'app://tla/fonts/Inter%20Regular.woff2')).toBe(
      path.join(ROOT, 'fonts', 'Inter Regular.woff2'),
    );
  });

  // The WHATWG URL parser removes `..`, `%2e%2e` and `%2E%2E` segments before we see the path, and
  // never above the root: such a request stays inside the build folder.
  it.each([
    ['plain ../', 'app://tla/../../etc/passwd', ['etc', 'passwd']],
    ['encoded dots %2e%2e', 'app://tla/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd', ['etc', 'passwd']],
    ['upper-case encoded dots %2E%2E', 'app://tla/%2E%2E/%2E%2E/etc/passwd', ['etc', 'passwd']],
    ['mixed .%2e', 'app://tla/a/.%2e/.%2e/.%2e/b', ['b']],
  ])('clamps %s inside the build folder', (_label, url, inside) => {
    expect(resolveAppRequest(ROOT, url)).toBe(path.join(ROOT, ...inside));
  });

  it.each([
    ['encoded slash %2f', 'app://tla/..%2f..%2f..%2fetc%2fpasswd'],
    ['encoded slash in one segment', 'app://tla/assets%2f..%2f..%2fsecret'],
    ['encoded backslash %5c', 'app://tla/..%5c..%5cwindows%5csystem.ini'],
    ['literal backslash', 'app://tla/assets\\..\\..\\secret'],
    ['encoded absolute path', 'app://tla/%2Fetc%2Fpasswd'],
    ['double slash (absolute path)', 'app://tla//etc/passwd'],
    ['drive letter', 'app://tla/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://tla/C%3A%5CWindows%5Cwin.ini'],
    ['NUL byte', 'app://tla/index.html%00.png'],
    ['malformed encoding', 'app://tla/%E0%A4%A'],
    ['a directory', 'app://tla/assets/'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppRequest(ROOT, url)).toBeNull();
  });

  it.each([
    ['an absolute file path', '/etc/passwd'],
    ['a file URL', 'file:///etc/passwd'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://tla.evil.com/index.html'],
    ['a host with a port', 'app://tla:8080/index.html'],
    ['credentials', 'app://user:pw@tla/index.html'],
    ['another scheme', 'https://tla/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppRequest(ROOT, url)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['pdf.worker.mjs', 'text/javascript; charset=utf-8'],
    ['app.CSS', 'text/css; charset=utf-8'],
    ['openjpeg.wasm', 'application/wasm'],
    ['Inter.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['UniJIS-UCS2-H.bcmap', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('the app:// protocol handler', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    const base = mkdtempSync(path.join(tmpdir(), 'tla-protocol-'));
    root = path.join(base, 'renderer');
    outside = path.join(base, 'secret.txt');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>TLA</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
    writeFileSync(outside, 'geheim');
    symlinkSync(outside, path.join(root, 'assets', 'link.txt'));
  });
  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  it('serves a file with its content type and the CSP header', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://tla/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export {};');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for app://tla/ with the CSP header', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://tla/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>TLA</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://tla/..%2fsecret.txt',
    'app://tla/%2e%2e/secret.txt',
    'app://tla/missing.js',
    'app://evil/index.html',
  ])('answers 404 with the CSP header for %s', async (url) => {
    const response = await createAppProtocolHandler(root)(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('geheim');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('does not follow a symlink out of the build folder', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://tla/assets/link.txt'));
    expect(response.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const request = new Request('app://tla/index.html', { method: 'POST', body: 'x' });
    const response = await createAppProtocolHandler(root)(request);
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
