import { sql } from 'kysely';
import type { Executor } from '../db/connection.js';
import type { Config } from '../config.js';
import { AppError } from './errors.js';
import { isoSecondsAgo, isoSecondsFromNow, nowIso } from './time.js';

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
  constructor(
    private readonly db: Executor,
    private readonly limits: Config['rateLimit'],
  ) {}

  /** Throws 429 with Retry-After while either counter is locked. */
  async assertAllowed(account: string, ip: string): Promise<void> {
    const rows = await this.db
      .selectFrom('rate_limits')
      .select(['blocked_until'])
      .where('key', 'in', [accountKey(account, ip), ipKey(ip)])
      .where('blocked_until', '>', nowIso())
      .execute();
    const until = rows.map((r) => Date.parse(r.blocked_until ?? '')).filter(Number.isFinite);
    if (until.length === 0) return;
    const retryAfter = Math.max(1, Math.ceil((Math.max(...until) - Date.now()) / 1000));
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
      await this.block(accountKey(account, ip), delay);
    }
    const ipFailures = await this.increment(ipKey(ip));
    if (ipFailures >= ipMaxFailures) await this.block(ipKey(ip), loginWindowSeconds);
  }

  async recordSuccess(account: string, ip: string): Promise<void> {
    await this.db.deleteFrom('rate_limits').where('key', '=', accountKey(account, ip)).execute();
  }

  /** One atomic upsert: a counter whose window has passed starts again at 1. */
  private async increment(key: string): Promise<number> {
    const now = nowIso();
    const windowStart = isoSecondsAgo(this.limits.loginWindowSeconds);
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, count: 1, window_started_at: now, blocked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`case when rate_limits.window_started_at < ${windowStart} then 1 else rate_limits.count + 1 end`,
          window_started_at: sql<string>`case when rate_limits.window_started_at < ${windowStart} then ${now} else rate_limits.window_started_at end`,
        }),
      )
      .returning('count')
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  private async block(key: string, seconds: number): Promise<void> {
    await this.db
      .updateTable('rate_limits')
      .set({ blocked_until: isoSecondsFromNow(seconds) })
      .where('key', '=', key)
      .execute();
  }
}
