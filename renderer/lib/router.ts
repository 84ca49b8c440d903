import { useMemo, useSyncExternalStore } from 'react';
import { confirmLeave, hasUnsavedData } from './leaveGuard';

// A tiny hash router: '#/werk', '#/nieuw', '#/termijnen', '#/aanvraag/12', '#/beheer/gebruikers'.

export type Route =
  | { name: 'werk' }
  | { name: 'nieuw' }
  | { name: 'termijnen' }
  | { name: 'aanvraag'; id: number }
  | { name: 'vergaderingen' }
  | { name: 'vergadering'; id: number }
  | { name: 'gebruikers' }
  | { name: 'pool' }
  | { name: 'scholen' }
  | { name: 'instellingen' }
  | { name: 'swv' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const aanvraag = /^\/aanvraag\/(\d+)$/.exec(path);
  if (aanvraag?.[1] !== undefined) return { name: 'aanvraag', id: Number(aanvraag[1]) };
  const vergadering = /^\/vergadering\/(\d+)$/.exec(path);
  if (vergadering?.[1] !== undefined) return { name: 'vergadering', id: Number(vergadering[1]) };
  switch (path) {
    case '/nieuw':
      return { name: 'nieuw' };
    case '/termijnen':
      return { name: 'termijnen' };
    case '/vergaderingen':
      return { name: 'vergaderingen' };
    case '/beheer/gebruikers':
      return { name: 'gebruikers' };
    case '/beheer/pool':
      return { name: 'pool' };
    case '/beheer/scholen':
      return { name: 'scholen' };
    case '/beheer/instellingen':
      return { name: 'instellingen' };
    case '/beheer/swv':
      return { name: 'swv' };
    default:
      return { name: 'werk' };
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'werk':
      return '#/werk';
    case 'nieuw':
      return '#/nieuw';
    case 'termijnen':
      return '#/termijnen';
    case 'aanvraag':
      return `#/aanvraag/${route.id}`;
    case 'vergaderingen':
      return '#/vergaderingen';
    case 'vergadering':
      return `#/vergadering/${route.id}`;
    case 'gebruikers':
      return '#/beheer/gebruikers';
    case 'pool':
      return '#/beheer/pool';
    case 'scholen':
      return '#/beheer/scholen';
    case 'instellingen':
      return '#/beheer/instellingen';
    case 'swv':
      return '#/beheer/swv';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

// The hash the app shows. Every navigation (a link, navigate(), the back button) arrives as a
// hashchange; while a form holds unsaved data (lib/leaveGuard.ts) the address is put back and the
// user is asked first, and only "Weggaan zonder opslaan" moves on.
let shownHash = window.location.hash;
const routeListeners = new Set<() => void>();

function show(hash: string): void {
  shownHash = hash;
  routeListeners.forEach((l) => l());
}

function onHashChange(): void {
  const target = window.location.hash;
  if (target === shownHash) return;
  if (!hasUnsavedData()) return show(target);
  window.history.replaceState(null, '', shownHash === '' ? '#/werk' : shownHash);
  void confirmLeave().then((leave) => {
    if (!leave) return;
    window.history.replaceState(null, '', target);
    show(target);
  });
}

function subscribeRoute(listener: () => void): () => void {
  if (routeListeners.size === 0) {
    shownHash = window.location.hash;
    window.addEventListener('hashchange', onHashChange);
  }
  routeListeners.add(listener);
  return () => {
    routeListeners.delete(listener);
    if (routeListeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeRoute, () => shownHash);
  return useMemo(() => parseRoute(hash), [hash]);
}
