import { useMemo, useSyncExternalStore } from 'react';
import { BRIEF_TEKST_SOORTEN, type BriefTekstSoort } from '../../electron/domain/brief-teksten';
import { confirmLeave, hasUnsavedData } from './leaveGuard';

// A tiny hash router: '#/werk', '#/nieuw', '#/termijnen', '#/aanvraag/12', '#/beheer/gebruikers'.

export type Route =
  | { name: 'werk' }
  | { name: 'alle' }
  | { name: 'nieuw' }
  | { name: 'termijnen' }
  | { name: 'aanvraag'; id: number }
  | { name: 'vergaderingen' }
  | { name: 'vergadering'; id: number }
  | { name: 'gebruikers' }
  | { name: 'pool' }
  | { name: 'scholen' }
  | { name: 'instellingen' }
  | { name: 'swv' }
  | { name: 'brieven'; soort?: BriefTekstSoort }
  | { name: 'avg' }
  | { name: 'avgVerzoek'; id: number }
  | { name: 'backups' }
  | { name: 'vernietiging' }
  | { name: 'logboek' }
  | { name: 'register' }
  | { name: 'rapportages'; q?: string }
  | { name: 'rapportageLijst'; q: string }
  | { name: 'vergaderingVolgen'; id: number };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const aanvraag = /^\/aanvraag\/(\d+)$/.exec(path);
  if (aanvraag?.[1] !== undefined) return { name: 'aanvraag', id: Number(aanvraag[1]) };
  const vergadering = /^\/vergadering\/(\d+)$/.exec(path);
  if (vergadering?.[1] !== undefined) return { name: 'vergadering', id: Number(vergadering[1]) };
  const volgen = /^\/vergadering\/(\d+)\/volgen$/.exec(path);
  if (volgen?.[1] !== undefined) return { name: 'vergaderingVolgen', id: Number(volgen[1]) };
  const avg = /^\/avg\/(\d+)$/.exec(path);
  if (avg?.[1] !== undefined) return { name: 'avgVerzoek', id: Number(avg[1]) };
  const rapportageLijst = /^\/rapportages\/lijst\?(.*)$/.exec(path);
  if (rapportageLijst !== null) return { name: 'rapportageLijst', q: rapportageLijst[1] ?? '' };
  const rapportages = /^\/rapportages(?:\?(.*))?$/.exec(path);
  if (rapportages !== null)
    return rapportages[1] === undefined
      ? { name: 'rapportages' }
      : { name: 'rapportages', q: rapportages[1] };
  const brief = /^\/beheer\/brieven(?:\/([a-z_]+))?$/.exec(path);
  if (brief !== null) {
    const soort = BRIEF_TEKST_SOORTEN.find((s) => s === brief[1]);
    return soort === undefined ? { name: 'brieven' } : { name: 'brieven', soort };
  }
  switch (path) {
    case '/aanvragen':
      return { name: 'alle' };
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
    case '/avg':
      return { name: 'avg' };
    case '/beheer/backups':
      return { name: 'backups' };
    case '/beheer/vernietiging':
      return { name: 'vernietiging' };
    case '/beheer/logboek':
      return { name: 'logboek' };
    case '/register':
      return { name: 'register' };
    default:
      return { name: 'werk' };
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'werk':
      return '#/werk';
    case 'alle':
      return '#/aanvragen';
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
    case 'brieven':
      return route.soort === undefined ? '#/beheer/brieven' : `#/beheer/brieven/${route.soort}`;
    case 'swv':
      return '#/beheer/swv';
    case 'avg':
      return '#/avg';
    case 'avgVerzoek':
      return `#/avg/${route.id}`;
    case 'backups':
      return '#/beheer/backups';
    case 'vernietiging':
      return '#/beheer/vernietiging';
    case 'logboek':
      return '#/beheer/logboek';
    case 'register':
      return '#/register';
    case 'rapportages':
      return route.q === undefined || route.q === '' ? '#/rapportages' : `#/rapportages?${route.q}`;
    case 'rapportageLijst':
      return `#/rapportages/lijst?${route.q}`;
    case 'vergaderingVolgen':
      return `#/vergadering/${route.id}/volgen`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

// The hash the app shows. Every navigation (a link, navigate(), the back button) arrives as a
// hashchange; while a form holds unsaved data (lib/leaveGuard.ts) the step is undone at once (back
// after a link, forward after the back button) and the user is asked; only "Weggaan zonder opslaan"
// goes on. Each entry the app showed carries its place in this tab's history, so the direction of
// a step is known.
let shownHash = window.location.hash;
let shownPlace = 0;
const routeListeners = new Set<() => void>();

function placeOf(state: unknown): number | null {
  const place = (state as { tlaPlace?: unknown } | null)?.tlaPlace;
  return typeof place === 'number' ? place : null;
}

function show(hash: string): void {
  shownHash = hash;
  const place = placeOf(window.history.state);
  if (place === null) {
    shownPlace += 1;
    window.history.replaceState({ tlaPlace: shownPlace }, '');
  } else shownPlace = place;
  routeListeners.forEach((l) => l());
}

function onHashChange(): void {
  const target = window.location.hash;
  if (target === shownHash) return;
  if (!hasUnsavedData()) return show(target);
  // Undo the step: a new entry (a link) or a later one (forward) is left by going back; an earlier
  // one (the back button) by going forward. The hashchange of the undo finds the shown hash.
  const place = placeOf(window.history.state);
  if (place !== null && place < shownPlace) window.history.forward();
  else window.history.back();
  void confirmLeave().then((leave) => {
    if (leave) window.location.hash = target;
  });
}

function subscribeRoute(listener: () => void): () => void {
  if (routeListeners.size === 0) {
    window.addEventListener('hashchange', onHashChange);
    show(window.location.hash);
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
