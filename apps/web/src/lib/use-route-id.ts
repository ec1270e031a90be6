import { useParams } from 'react-router';

/** Record ids are positive 32-bit integers; anything else in a link cannot name a record. */
export const MAX_RECORD_ID = 2 ** 31 - 1;

/** "42" → 42; "0", "-1", "4.5", "1e3", " 7" and ids past 2³¹−1 → null. */
export function parseRouteId(raw: string | undefined): number | null {
  if (raw === undefined || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return id >= 1 && id <= MAX_RECORD_ID ? id : null;
}

/** The `:id` of the current route, or null when it cannot be a record id (the page shows not found). */
export function useRouteId(): number | null {
  return parseRouteId(useParams().id);
}
