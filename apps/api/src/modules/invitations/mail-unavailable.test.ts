import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RefusingMailer } from '../../core/mailer.js';
import { call, createTestApp, type TestApp } from '../../test/test-app.js';
import { STRONG_PASSWORD } from '../../test/factories.js';

// A file of its own: one test app per file (PostgreSQL test schemas are set up once per file).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { mailer: new RefusingMailer() });
});
afterAll(() => t.close());

describe('without a mail server in production', () => {
  it('invitations and password resets answer 503 and nothing is created', async () => {
    const owner = (
      await t.app.inject({
        method: 'POST',
        url: '/api/users/',
        payload: { username: 'lonely', email: 'lonely@example.com', password: STRONG_PASSWORD },
      })
    ).json();
    const res = await call(t.app, owner.token, {
      method: 'POST',
      url: `/api/organizations/${owner.organization.id}/invitations/`,
      payload: { email: 'x@example.com', role: 'employee' },
    });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({
      code: 'service_unavailable',
      message: 'Email is not configured: set SMTP_URL to send invitations and password-reset emails.',
    });
    expect(await t.db.kysely.selectFrom('invitations').select('id').execute()).toEqual([]);
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password_reset/',
      payload: { email: 'lonely@example.com' },
    });
    expect(reset.statusCode).toBe(503);
    expect(reset.json().code).toBe('service_unavailable');
    expect(await t.db.kysely.selectFrom('password_reset_tokens').select('id').execute()).toEqual([]);
    // Everything that needs no mail keeps working.
    expect(
      (await call(t.app, owner.token, { method: 'GET', url: `/api/organizations/${owner.organization.id}/members/` }))
        .statusCode,
    ).toBe(200);
  });
});
