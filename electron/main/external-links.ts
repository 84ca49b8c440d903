import { shell } from 'electron';

/**
 * The only hosts the app may open in the user's browser: the official law texts that screens cite.
 * Anything else (a link pasted into a dossier note, a redirect) stays unopened.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set(['wetten.overheid.nl']);

/** True for an https URL on an allow-listed host, without credentials or an unusual port. */
export function isAllowedExternalLink(url: string): boolean {
  return parseAllowed(url) !== null;
}

/**
 * The single place that may call `shell.openExternal` (a test keeps it that way): handing an
 * arbitrary URL to the OS can start any registered protocol handler, so only vetted https links pass.
 */
export function openExternalLink(url: string): boolean {
  const allowed = parseAllowed(url);
  if (allowed === null) return false;
  // The link opens in the user's browser; a failure there is not the app's to report.
  shell.openExternal(allowed.href).catch(() => undefined);
  return true;
}

function parseAllowed(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return EXTERNAL_LINK_HOSTS.has(parsed.hostname) ? parsed : null;
}
