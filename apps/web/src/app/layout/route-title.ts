import { useMatches } from 'react-router';

export interface RouteHandle {
  title?: string;
}

function hasTitle(handle: unknown): handle is Required<RouteHandle> {
  return typeof handle === 'object' && handle !== null && typeof (handle as RouteHandle).title === 'string';
}

/** The title of the deepest matched route that declares one in its `handle`. */
export function useRouteTitle(fallback = ''): string {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const handle = matches[i]?.handle;
    if (hasTitle(handle)) return handle.title;
  }
  return fallback;
}
