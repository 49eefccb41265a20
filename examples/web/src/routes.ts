// Hash routes (`#/cases/<id>`): the built app is static files that any host serves as they are,
// with no rewrite of deep links to index.html.
import { useSyncExternalStore } from 'react';

export type Route = { page: 'inbox' } | { page: 'case'; id: string } | { page: 'new' } | { page: 'unknown' };

export const hrefs = {
  inbox: '#/',
  newCase: '#/new',
  case: (id: string) => `#/cases/${encodeURIComponent(id)}`,
};

export function routeOf(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { page: 'inbox' };
  if (path === '/new') return { page: 'new' };
  const caseId = /^\/cases\/([^/]+)$/.exec(path)?.[1];
  return caseId ? { page: 'case', id: decodeURIComponent(caseId) } : { page: 'unknown' };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The route of the current URL; the component re-renders when it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return routeOf(hash);
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
