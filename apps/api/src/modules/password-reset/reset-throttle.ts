import type { Executor } from '../../db/connection.js';
import type { Config } from '../../config.js';
import { AppError } from '../../core/errors.js';
import { rateLimitsRepository, type RateCounter } from '../../core/rate-limits.repository.js';
import { hashToken } from '../../core/tokens.js';
import { currentTime, isoSecondsAgo, nowIso } from '../../core/time.js';

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
    ].filter((c): c is RateCounter => c !== null);
    if (over.length === 0) return;
    const windowEnds = Math.max(...over.map((c) => Date.parse(c.windowStartedAt) + this.limits.windowSeconds * 1000));
    const retryAfter = Math.max(1, Math.ceil((windowEnds - currentTime()) / 1000));
    throw new AppError(
      'rate_limited',
      `Too many password-reset requests. Try again in ${retryAfter} seconds.`,
      undefined,
      {
        'Retry-After': String(retryAfter),
      },
    );
  }

  private increment(key: string): Promise<RateCounter> {
    return rateLimitsRepository(this.db).increment(key, nowIso(), isoSecondsAgo(this.limits.windowSeconds));
  }
}
