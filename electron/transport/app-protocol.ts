import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Maps an `app://tla/...` request to a file inside `rootDir`, or null when the request must be
 * refused. Each path segment is decoded on its own, so an encoded slash, backslash or dot-dot
 * (`%2f`, `%5c`, `%2e%2e`) can never add a level; the final containment check is a second wall.
 */
export function resolveAppRequest(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.pathname === '/' || url.pathname === '')
    return path.join(path.resolve(rootDir), 'index.html');

  const segments = url.pathname.split('/').slice(1);
  const decoded: string[] = [];
  for (const raw of segments) {
    const segment = decodeSegment(raw);
    if (segment === null || !isSafeSegment(segment)) return null;
    decoded.push(segment);
  }
  const root = path.resolve(rootDir);
  const target = path.resolve(root, ...decoded);
  return target.startsWith(root + path.sep) ? target : null;
}

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null; // malformed percent-encoding
  }
}

// Empty segments (`//`, trailing `/`) and drive letters (`C:`) have no business in a request for a
// bundled asset; refusing them keeps the mapping one-to-one on every platform.
function isSafeSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false;
  return !/[/\\:\0]/.test(segment);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  // pdf.js compiles its decoders with WebAssembly.compileStreaming, which insists on this type.
  '.wasm': 'application/wasm',
};

/** The content type for a served file; unknown extensions are served as opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
