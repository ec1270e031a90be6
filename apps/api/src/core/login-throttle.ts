import type { Executor } from '../db/connection.js';
import type { Config } from '../config.js';
import { AppError } from './errors.js';
import { rateLimitsRepository } from './rate-limits.repository.js';
import { currentTime, isoSecondsAgo, isoSecondsFromNow, nowIso } from './time.js';

/**
 * Failed-login limits whose counters live in the database, so every API process sees them.
 * Per (account, IP), the account being the user whichever of its login names was typed: after
 * `loginMaxFailures` failures in the window, each further failure locks the pair for a delay that
 * doubles (30 s, 60 s, 120 s… up to the window). Per IP, across accounts: a looser limit that
 * stops one address from spraying many accounts. (Global table, no organization.)
 */
const MAX_LOCK_SECONDS = 3600;

/**
 * The account a login attempt is against: its user id when the name or email is known, so the
 * username and the email of one account share one counter; else the name as typed.
 */
export const loginAccount = (userId: number | undefined, login: string): string =>
  userId !== undefined ? `user:${userId}` : `name:${login.trim().toLowerCase()}`;

const accountKey = (account: string, ip: string) => `login:${account}|${ip}`;
const ipKey = (ip: string) => `login-ip:${ip}`;

export class LoginThrottle {
  private readonly counters: ReturnType<typeof rateLimitsRepository>;

  constructor(
    db: Executor,
    private readonly limits: Config['rateLimit'],
  ) {
    this.counters = rateLimitsRepository(db);
  }

  /** Throws 429 with Retry-After while either counter is locked. */
  async assertAllowed(account: string, ip: string): Promise<void> {
    const until = (await this.counters.lockedUntil([accountKey(account, ip), ipKey(ip)], nowIso()))
      .map((value) => Date.parse(value))
      .filter(Number.isFinite);
    if (until.length === 0) return;
    const retryAfter = Math.max(1, Math.ceil((Math.max(...until) - currentTime()) / 1000));
    throw new AppError(
      'rate_limited',
      `Too many failed login attempts. Try again in ${retryAfter} seconds.`,
      undefined,
      {
        'Retry-After': String(retryAfter),
      },
    );
  }

  async recordFailure(account: string, ip: string): Promise<void> {
    const { loginMaxFailures, loginLockSeconds, loginWindowSeconds, ipMaxFailures } = this.limits;
    const accountFailures = await this.increment(accountKey(account, ip));
    if (accountFailures >= loginMaxFailures) {
      const delay = Math.min(loginLockSeconds * 2 ** (accountFailures - loginMaxFailures), MAX_LOCK_SECONDS);
      await this.counters.lock(accountKey(account, ip), isoSecondsFromNow(delay));
    }
    const ipFailures = await this.increment(ipKey(ip));
    if (ipFailures >= ipMaxFailures) await this.counters.lock(ipKey(ip), isoSecondsFromNow(loginWindowSeconds));
  }

  async recordSuccess(account: string, ip: string): Promise<void> {
    await this.counters.clear(accountKey(account, ip));
  }

  private async increment(key: string): Promise<number> {
    const counter = await this.counters.increment(key, nowIso(), isoSecondsAgo(this.limits.loginWindowSeconds));
    return counter.count;
  }
}
