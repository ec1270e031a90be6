import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../test/test-app.js';
import { registerUser, type Registered } from '../test/factories.js';
import { ManualClock, nowIso } from './time.js';

/** The app's clock (deps.clock): tests set the time instead of sleeping. */
describe('an injected clock', () => {
  const clock = new ManualClock('2030-01-15T10:00:00.000Z');
  let t: TestApp;
  let user: Registered;
  beforeAll(async () => {
    t = await createTestApp({ tokenTtlDays: 1 }, { clock });
    user = await registerUser(t.app);
  });
  afterAll(() => t.close());

  it('stamps every write with its time, and ordered writes with ordered times', async () => {
    const created = await call(t.app, user.token, {
      method: 'POST',
      url: '/api/customers/',
      payload: { name: 'Clocked' },
    });
    expect(created.json().created_at).toBe('2030-01-15T10:00:00.000Z');
    clock.advance(1);
    const updated = await call(t.app, user.token, {
      method: 'PATCH',
      url: `/api/customers/${created.json().id}/`,
      payload: { notes: 'later' },
    });
    expect(updated.json().updated_at).toBe('2030-01-15T10:00:00.001Z');
  });

  it('expires a token TOKEN_TTL_DAYS after its last use, when the clock says so', async () => {
    clock.advance(23 * 3600_000);
    expect((await call(t.app, user.token, { method: 'GET', url: '/api/users/me/' })).statusCode).toBe(200);
    clock.advance(24 * 3600_000 + 1000);
    expect((await call(t.app, user.token, { method: 'GET', url: '/api/users/me/' })).statusCode).toBe(401);
  });

  it('is the system clock outside a request', () => {
    expect(Math.abs(Date.parse(nowIso()) - Date.now())).toBeLessThan(5_000);
  });
});
