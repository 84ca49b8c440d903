import { useEffect, useState } from 'react';

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
  | { name: 'instellingen' };

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
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
