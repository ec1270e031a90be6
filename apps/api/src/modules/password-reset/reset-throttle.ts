import { sql } from 'kysely';
import type { Executor } from '../../db/connection.js';
import type { Config } from '../../config.js';
import { AppError } from '../../core/errors.js';
import { hashToken } from '../../core/tokens.js';
import { isoSecondsAgo, nowIso } from '../../core/time.js';

/**
 * Password-reset requests per email and per IP in a fixed window, counted in the database so every
 * API process sees the same numbers (the pattern of core/login-throttle.ts). Every request counts,
 * found or not, so the limit itself reveals nothing about which emails have accounts. Emails are
 * kept only as hashes: the table need not collect addresses people typed. (Global table.)
 */
const emailKey = (email: string) => `reset:${hashToken(email.trim().toLowerCase())}`;
const ipKey = (ip: string) => `reset-ip:${ip}`;

export class PasswordResetThrottle {
  constructor(
    private readonly db: Executor,
    private readonly limits: Config['passwordResetLimit'],
  ) {}

  /** Counts this request; throws 429 with Retry-After once either counter is over its limit. */
  async hit(email: string, ip: string): Promise<void> {
    const perIp = await this.increment(ipKey(ip));
    const perEmail = await this.increment(emailKey(email));
    const over = [
      perIp.count > this.limits.perIp ? perIp : null,
      perEmail.count > this.limits.perEmail ? perEmail : null,
    ].filter((c): c is Counter => c !== null);
    if (over.length === 0) return;
    const windowEnds = Math.max(...over.map((c) => Date.parse(c.windowStartedAt) + this.limits.windowSeconds * 1000));
    const retryAfter = Math.max(1, Math.ceil((windowEnds - Date.now()) / 1000));
    throw new AppError(
      'rate_limited',
      `Too many password-reset requests. Try again in ${retryAfter} seconds.`,
      undefined,
      {
        'Retry-After': String(retryAfter),
      },
    );
  }

  /** One atomic upsert: a counter whose window has passed starts again at 1. */
  private async increment(key: string): Promise<Counter> {
    const now = nowIso();
    const windowStart = isoSecondsAgo(this.limits.windowSeconds);
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, count: 1, window_started_at: now, blocked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`case when rate_limits.window_started_at < ${windowStart} then 1 else rate_limits.count + 1 end`,
          window_started_at: sql<string>`case when rate_limits.window_started_at < ${windowStart} then ${now} else rate_limits.window_started_at end`,
        }),
      )
      .returning(['count', 'window_started_at'])
      .executeTakeFirstOrThrow();
    return { count: Number(row.count), windowStartedAt: row.window_started_at };
  }
}

interface Counter {
  count: number;
  windowStartedAt: string;
}
