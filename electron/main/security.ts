import type { App, Session, WebContents } from 'electron';
import { isAppOriginUrl } from '../transport/app-origin';
import { openExternalLink } from './external-links';

/** A page may only ever navigate within the app origin; everything else would replace the app. */
export function isAllowedNavigation(url: string): boolean {
  return isAppOriginUrl(url);
}

/**
 * Guards every web contents the app creates, including ones we did not ask for: a link, a
 * redirect, window.open or a <webview> must never load foreign content next to the IPC bridge.
 */
export function applySecurityHandlers(app: App, ses: Session): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // The app needs no camera, notifications, geolocation, clipboard-read or any other permission.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    openExternalLink(url); // opens only allow-listed https links, in the user's browser
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
