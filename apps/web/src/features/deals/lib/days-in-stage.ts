const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since the deal entered its stage, counted in the user's calendar (not 24-hour blocks). */
export function daysInStage(stageEnteredAt: string, now: Date = new Date()): number {
  const entered = new Date(stageEnteredAt);
  if (Number.isNaN(entered.getTime())) return 0;
  const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  return Math.max(0, Math.round((startOfDay(now) - startOfDay(entered)) / DAY_MS));
}

/** The card's short label: "Today", "1 day", "12 days". */
export function formatDaysInStage(stageEnteredAt: string, now: Date = new Date()): string {
  const days = daysInStage(stageEnteredAt, now);
  if (days === 0) return 'Today';
  return days === 1 ? '1 day' : `${String(days)} days`;
}

/** Spoken form for screen readers and tooltips. */
export function describeDaysInStage(stageEnteredAt: string, now: Date = new Date()): string {
  const days = daysInStage(stageEnteredAt, now);
  if (days === 0) return 'Entered this stage today';
  return `In this stage for ${days === 1 ? '1 day' : `${String(days)} days`}`;
}
