import { isAppOriginUrl } from '../transport/app-origin';

/**
 * Only a frame showing our own `app://tla` pages may call the backend. Any other frame (a page that
 * got loaded despite the navigation guard, a destroyed frame without URL) is refused, so a foreign
 * page can never reach the procedure table through IPC.
 */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  return isAppOriginUrl(frameUrl);
}
