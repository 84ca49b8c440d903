import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeFor, resolveAppRequest } from '../transport/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../transport/csp';

export type AppProtocolHandler = (request: Request) => Promise<Response>;

/**
 * Serves the built renderer over `app://tla/`. Every response, errors included, carries the CSP:
 * a policy sent only on index.html would leave any other HTML file unguarded.
 */
export function createAppProtocolHandler(rootDir: string): AppProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Niet toegestaan');
    const filePath = resolveAppRequest(rootDir, request.url);
    if (filePath === null) return plain(404, 'Niet gevonden');
    try {
      // A symlink inside the build folder must not lead out of it.
      const [realFile, realRoot] = await Promise.all([realpath(filePath), realpath(rootDir)]);
      if (!realFile.startsWith(realRoot + path.sep)) return plain(404, 'Niet gevonden');
      const body = await readFile(realFile);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: securityHeaders(contentTypeFor(realFile)),
      });
    } catch {
      return plain(404, 'Niet gevonden');
    }
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    // Without this a .txt or .json could be sniffed into HTML and run under our origin.
    'X-Content-Type-Options': 'nosniff',
  });
}
