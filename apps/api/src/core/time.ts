/** Every instant the API writes: ISO 8601 UTC with milliseconds, the same text on both databases. */
export const nowIso = (): string => new Date().toISOString();

export const isoSecondsAgo = (seconds: number, from = Date.now()): string =>
  new Date(from - seconds * 1000).toISOString();

export const isoSecondsFromNow = (seconds: number, from = Date.now()): string =>
  new Date(from + seconds * 1000).toISOString();
