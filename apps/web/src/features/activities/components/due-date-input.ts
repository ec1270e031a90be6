/** `<input type="datetime-local">` speaks local wall time ("2026-12-01T09:00"); the API takes ISO instants. */
export function dueInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Tasks default to tomorrow at 09:00 local time, the common "follow up tomorrow". */
export function tomorrowMorningInput(now: Date = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T09:00`;
}
