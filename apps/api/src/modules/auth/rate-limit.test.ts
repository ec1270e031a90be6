import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { registerUser } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    rateLimit: { loginMaxFailures: 3, loginWindowSeconds: 900, loginLockSeconds: 30, ipMaxFailures: 6 },
  });
});
afterAll(() => t.close());

const login = (username: string, password: string, ip: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login/', payload: { username, password }, remoteAddress: ip });

describe('failed-login rate limits (counters in the database)', () => {
  it('locks an account from one address after repeated failures, with Retry-After, even for the right password', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 3; i++)
      expect((await login(user.user.username, 'Wrong-password-1', '10.0.0.1')).statusCode).toBe(400);
    const locked = await login(user.user.username, user.password, '10.0.0.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: true, code: 'rate_limited' });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(30);
    // The same account from another address is not locked by this pair.
    expect((await login(user.user.username, user.password, '10.0.0.2')).statusCode).toBe(200);
  });

  it('counts per account, whether its username or its email is typed', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 2; i++) await login(user.user.username, 'Wrong-password-1', '10.0.4.1');
    // The third failure, through the email, locks the account: both names share one counter.
    expect((await login(user.user.email.toUpperCase(), 'Wrong-password-1', '10.0.4.1')).statusCode).toBe(400);
    expect((await login(user.user.email, user.password, '10.0.4.1')).statusCode).toBe(429);
    expect((await login(user.user.username, user.password, '10.0.4.1')).statusCode).toBe(429);
  });

  it('doubles the lock with each further failure', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 3; i++) await login(user.user.username, 'Wrong-password-1', '10.0.1.1');
    await t.db.kysely
      .updateTable('rate_limits')
      .set({ blocked_until: null })
      .where('key', 'like', 'login:%10.0.1.1')
      .execute();
    await login(user.user.username, 'Wrong-password-1', '10.0.1.1');
    const locked = await login(user.user.username, user.password, '10.0.1.1');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(30);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('limits one address spraying many accounts', async () => {
    for (let i = 0; i < 6; i++) await login(`nobody${i}`, 'Wrong-password-1', '10.0.2.1');
    const res = await login('someone-else', 'Wrong-password-1', '10.0.2.1');
    expect(res.statusCode).toBe(429);
  });

  it('a successful login clears the account counter', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 2; i++) await login(user.user.username, 'Wrong-password-1', '10.0.3.1');
    expect((await login(user.user.username, user.password, '10.0.3.1')).statusCode).toBe(200);
    for (let i = 0; i < 2; i++)
      expect((await login(user.user.username, 'Wrong-password-1', '10.0.3.1')).statusCode).toBe(400);
    expect((await login(user.user.username, user.password, '10.0.3.1')).statusCode).toBe(200);
  });
});
