import { AsyncLocalStorage } from 'node:async_hooks';

/** Where the API reads the time: the system's, or one a test sets by hand. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told: ordered timestamps and expiry in tests, without sleeping. */
export class ManualClock implements Clock {
  private time: number;

  constructor(start: string | number = Date.now()) {
    this.time = typeof start === 'string' ? Date.parse(start) : start;
  }

  now(): number {
    return this.time;
  }

  set(instant: string): void {
    this.time = Date.parse(instant);
  }

  advance(milliseconds: number): void {
    this.time += milliseconds;
  }
}

const clocks = new AsyncLocalStorage<Clock>();

/**
 * Runs `work` with `clock` as the time of everything it calls. Each request runs under its app's
 * clock (`deps.clock`, app.ts), so two apps in one process keep their own time; code outside a
 * request (the command line, start-up) reads the system clock.
 */
export const withClock = <T>(clock: Clock, work: () => T): T => clocks.run(clock, work);

/** The current time in milliseconds, from the clock of the request being served. */
export const currentTime = (): number => (clocks.getStore() ?? systemClock).now();

/** Every instant the API writes: ISO 8601 UTC with milliseconds, the same text on both databases. */
export const nowIso = (): string => new Date(currentTime()).toISOString();

export const isoSecondsAgo = (seconds: number, from = currentTime()): string =>
  new Date(from - seconds * 1000).toISOString();

export const isoSecondsFromNow = (seconds: number, from = currentTime()): string =>
  new Date(from + seconds * 1000).toISOString();
