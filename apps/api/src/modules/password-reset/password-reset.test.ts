import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_RESET_REQUESTED_MESSAGE } from '@crm/contracts';
import { call, createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
import { registerUser, type Registered } from '../../test/factories.js';

let t: TestApp;
const logLines: string[] = [];
beforeAll(async () => {
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  t = await createTestApp(
    { logLevel: 'info', passwordResetLimit: { perEmail: 3, perIp: 6, windowSeconds: 3600 } },
    { logStream },
  );
});
afterAll(() => t.close());

const NEW_PASSWORD = 'Brand-New-Secret-91';
let ipSequence = 0;
/** Each test gets its own address, so the per-IP limit is only met where a test wants it. */
const nextIp = () => `10.0.0.${++ipSequence}`;

const requestReset = (email: string, ip: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/password_reset/', payload: { email }, remoteAddress: ip });
const confirm = (token: string, newPassword: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/password_reset/confirm/',
    payload: { token, new_password: newPassword },
  });
const login = (user: Registered, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login/', payload: { username: user.user.username, password } });

function linkTokenFor(email: string): string {
  const text = t.mailer.lastTo(email)?.text ?? '';
  const match = new RegExp(`${TEST_PUBLIC_URL}/reset-password/([0-9a-f]{40})`).exec(text);
  if (!match?.[1]) throw new Error(`no reset link mailed to ${email}`);
  return match[1];
}

describe('password reset', () => {
  it('end to end: a single-use link sets the password and ends every session', async () => {
    const user = await registerUser(t.app);
    const otherSession = (await login(user, user.password)).json().token as string;
    const res = await requestReset(user.user.email.toUpperCase(), nextIp());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ message: PASSWORD_RESET_REQUESTED_MESSAGE });
    const token = linkTokenFor(user.user.email);
    const stored = await t.db.kysely
      .selectFrom('password_reset_tokens')
      .selectAll()
      .where('user_id', '=', user.user.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(token);
    const minutes = (Date.parse(stored.expires_at) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThanOrEqual(60);

    // A weak password is refused without spending the link.
    const weak = await confirm(token, 'password123');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toHaveProperty('new_password');

    const done = await confirm(token, NEW_PASSWORD);
    expect(done.statusCode).toBe(200);
    expect(done.json().message).toContain('reset');
    for (const session of [user.token, otherSession]) {
      expect((await call(t.app, session, { method: 'GET', url: '/api/users/me/' })).statusCode).toBe(401);
    }
    expect((await login(user, user.password)).statusCode).toBe(400);
    expect((await login(user, NEW_PASSWORD)).statusCode).toBe(200);

    const reused = await confirm(token, 'Yet-Another-Secret-3');
    expect(reused.statusCode).toBe(400);
    expect(reused.json().errors).toHaveProperty('token');

    const audit = await t.db.kysely
      .selectFrom('audit_logs')
      .selectAll()
      .where('user_id', '=', user.user.id)
      .where('action', 'in', ['password_reset', 'password_reset_request'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['password_reset', 'password_reset_request']);
    const allAudit = JSON.stringify(await t.db.kysely.selectFrom('audit_logs').selectAll().execute());
    const logs = logLines.join('\n');
    for (const secret of [token, NEW_PASSWORD, otherSession]) {
      expect(allAudit).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
  });

  it('gives the same answer for an unknown email and sends nothing', async () => {
    const user = await registerUser(t.app);
    const sentBefore = t.mailer.sent.length;
    const unknown = await requestReset('no-such-account@example.com', nextIp());
    expect(t.mailer.sent.length).toBe(sentBefore);
    const known = await requestReset(user.user.email, nextIp());
    expect(t.mailer.sent.length).toBe(sentBefore + 1);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect((await requestReset('not-an-email', nextIp())).statusCode).toBe(400);
  });

  it('refuses unknown and expired tokens at token', async () => {
    const user = await registerUser(t.app);
    await requestReset(user.user.email, nextIp());
    const token = linkTokenFor(user.user.email);
    await t.db.kysely
      .updateTable('password_reset_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.user.id)
      .execute();
    for (const candidate of [token, 'f'.repeat(40)]) {
      const res = await confirm(candidate, NEW_PASSWORD);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toHaveProperty('token');
    }
    expect((await login(user, user.password)).statusCode).toBe(200);
  });

  it('rate limits per email and per address with 429 and Retry-After', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 3; i++) expect((await requestReset(user.user.email, nextIp())).statusCode).toBe(200);
    const limited = await requestReset(user.user.email, nextIp());
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3500);
    // Unknown emails count the same, so the limit reveals nothing either.
    for (let i = 0; i < 3; i++) await requestReset('ghost@example.com', nextIp());
    expect((await requestReset('ghost@example.com', nextIp())).statusCode).toBe(429);

    const ip = nextIp();
    for (let i = 0; i < 6; i++) expect((await requestReset(`spray${i}@example.com`, ip)).statusCode).toBe(200);
    expect((await requestReset('spray-last@example.com', ip)).statusCode).toBe(429);
    expect((await requestReset('spray-last@example.com', nextIp())).statusCode).toBe(200);
  });
});
