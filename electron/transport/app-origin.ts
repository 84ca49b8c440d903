/**
 * The one origin the app runs in. The renderer is served over a custom `app://` protocol instead of
 * `file://`, so it gets a real origin (a file:// page can read every other file://) and one origin
 * every security check can compare against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tla';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives relative URLs and a real origin, `secure` makes it a secure context,
 * `supportFetchAPI` lets the renderer fetch its own files (pdf.js wasm, cmaps). Never `bypassCSP`:
 * the CSP must hold for our own pages too.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** True when `url` parses and belongs to exactly the app origin. */
export function isAppOriginUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node's URL reports origin 'null' for non-special schemes such as app:, so the origin is rebuilt
  // from its parts. `host` includes any port; credentials make it a different URL authority.
  if (parsed.username !== '' || parsed.password !== '') return false;
  return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
}
