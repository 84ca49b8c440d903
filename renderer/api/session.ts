// The two secrets the renderer holds: the transport token of the loopback HTTP server (from the page
// URL on first load) and the session token from auth.login. Both live in memory and in
// sessionStorage, so a reload of the tab keeps working and closing it forgets them.

const TRANSPORT_KEY = 'tla.transportToken';
const SESSION_KEY = 'tla.session';

let transportToken: string | null = null;
let sessionToken: string | null = null;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Reads `?token=` once, keeps it, and removes it from the address bar and history. */
export function captureTransportToken(): void {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null && fromUrl !== '') {
    transportToken = fromUrl;
    storage()?.setItem(TRANSPORT_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  } else {
    transportToken = storage()?.getItem(TRANSPORT_KEY) ?? null;
  }
  sessionToken = storage()?.getItem(SESSION_KEY) ?? null;
}

export function getTransportToken(): string | null {
  return transportToken;
}

export function getSession(): string | null {
  return sessionToken;
}

export function setSession(token: string | null): void {
  sessionToken = token;
  if (token === null) storage()?.removeItem(SESSION_KEY);
  else storage()?.setItem(SESSION_KEY, token);
}
