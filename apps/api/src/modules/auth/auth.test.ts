import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, call, type TestApp } from '../../test/test-app.js';
import { registerUser, STRONG_PASSWORD } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('register', () => {
  it('creates user, organization, Owner membership, employee record, default pipeline and token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users/',
      payload: {
        username: 'Alice',
        email: 'Alice@Example.com',
        password: STRONG_PASSWORD,
        first_name: 'Alice',
        organization_name: 'Acme',
      },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.token).toMatch(/^[0-9a-f]{40}$/);
    expect(body.user).toMatchObject({
      username: 'Alice',
      email: 'alice@example.com',
      full_name: 'Alice',
      timezone: 'UTC',
    });
    expect(body.user.default_organization_id).toBe(body.organization.id);
    expect(body.user.memberships).toEqual([
      { organization: { id: body.organization.id, name: 'Acme', slug: 'acme' }, role: 'owner', status: 'active' },
    ]);
    expect(body.user).not.toHaveProperty('password');
    expect(body.user).not.toHaveProperty('password_hash');
    expect(body.organization).toMatchObject({ name: 'Acme', currency: 'USD', timezone: 'UTC', industry: null });

    const db = t.db.kysely;
    const employee = await db
      .selectFrom('employees')
      .selectAll()
      .where('organization_id', '=', body.organization.id)
      .execute();
    expect(employee).toHaveLength(1);
    expect(employee[0]).toMatchObject({ user_id: body.user.id, first_name: 'Alice' });
    const stages = await db
      .selectFrom('pipeline_stages')
      .innerJoin('pipelines', 'pipelines.id', 'pipeline_stages.pipeline_id')
      .select(['pipelines.name as pipeline', 'pipeline_stages.name', 'probability', 'kind'])
      .where('pipelines.organization_id', '=', body.organization.id)
      .orderBy('sort_order')
      .execute();
    expect(stages.map((s) => [s.name, s.probability, s.kind])).toEqual([
      ['Lead', 10, 'open'],
      ['Qualified', 25, 'open'],
      ['Proposal', 50, 'open'],
      ['Negotiation', 75, 'open'],
      ['Closed Won', 100, 'won'],
      ['Closed Lost', 0, 'lost'],
    ]);
    expect(stages[0]?.pipeline).toBe('Sales Pipeline');
  });

  it('stores tokens only as hashes and passwords only as scrypt hashes', async () => {
    const user = await registerUser(t.app);
    const tokens = await t.db.kysely.selectFrom('tokens').select('key_hash').execute();
    expect(tokens.some((r) => r.key_hash === user.token)).toBe(false);
    expect(tokens.every((r) => /^[0-9a-f]{64}$/.test(r.key_hash))).toBe(true);
    const row = await t.db.kysely
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith('scrypt$')).toBe(true);
    expect(row.password_hash).not.toContain(STRONG_PASSWORD);
  });

  it('names the organization after the user when no name is given', async () => {
    const user = await registerUser(t.app, { organization_name: '', first_name: 'Bruno' });
    expect(user.organization.name).toBe("Bruno's organization");
  });

  it('refuses a username or email already taken, compared case-insensitively (409)', async () => {
    const first = await registerUser(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users/',
      payload: {
        username: first.user.username.toUpperCase(),
        email: first.user.email.toUpperCase(),
        password: STRONG_PASSWORD,
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: true,
      code: 'conflict',
      errors: {
        username: ['A user with that username already exists.'],
        email: ['A user with that email already exists.'],
      },
    });
  });

  it('answers 400 with messages at the fields', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users/',
      payload: { username: 'has@sign', email: 'nope', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body).toMatchObject({
      error: true,
      code: 'validation_error',
      message: 'Validation error.',
      detail: 'Validation error.',
    });
    expect(Object.keys(body.errors).sort()).toEqual(['email', 'password', 'username']);
    expect(body.errors.email).toEqual(['Enter a valid email address.']);

    const missing = await t.app.inject({ method: 'POST', url: '/api/users/', payload: {} });
    expect(missing.json().errors).toMatchObject({
      username: ['This field is required.'],
      email: ['This field is required.'],
      password: ['This field is required.'],
    });
  });

  it('refuses common, numeric and personal passwords', async () => {
    for (const password of ['password123', '12345678901', 'carolsmith-secret']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/users/',
        payload: { username: 'carolsmith', email: 'carol@example.com', password },
      });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().errors.password).toHaveLength(1);
    }
  });
});

describe('login', () => {
  it('accepts the username or the email, in any case', async () => {
    const user = await registerUser(t.app);
    for (const login of [user.user.username, user.user.email, user.user.email.toUpperCase()]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login/',
        payload: { username: login, password: user.password },
      });
      expect(res.statusCode, login).toBe(200);
      expect(res.json()).toMatchObject({ user: { id: user.user.id }, message: 'Login successful.' });
      expect(res.json().token).not.toBe(user.token);
    }
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const user = await registerUser(t.app);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: user.user.username, password: 'Wrong-password-1' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: 'nobody-here', password: 'Wrong-password-1' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({
      code: 'invalid_credentials',
      message: 'Unable to log in with provided credentials.',
    });
  });
});

describe('tokens', () => {
  it('me answers the user; no token is 401 with the seed detail; a bad token is 401', async () => {
    const user = await registerUser(t.app);
    const me = await call(t.app, user.token, { method: 'GET', url: '/api/users/me/' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: user.user.id, username: user.user.username });

    const bearer = await t.app.inject({
      method: 'GET',
      url: '/api/users/me',
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(bearer.statusCode).toBe(200);

    const anonymous = await t.app.inject({ method: 'GET', url: '/api/users/me/' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({
      detail: 'Authentication credentials were not provided.',
      code: 'not_authenticated',
    });

    const bad = await call(t.app, 'f'.repeat(40), { method: 'GET', url: '/api/users/me/' });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().code).toBe('invalid_token');
  });

  it('logout deletes only the presented token; reusing it is 401', async () => {
    const user = await registerUser(t.app);
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: user.user.username, password: user.password },
    });
    const out = await call(t.app, user.token, { method: 'POST', url: '/api/auth/logout/' });
    expect(out.statusCode).toBe(204);
    expect((await call(t.app, user.token, { method: 'GET', url: '/api/users/me/' })).statusCode).toBe(401);
    expect((await call(t.app, second.json().token, { method: 'GET', url: '/api/users/me/' })).statusCode).toBe(200);
  });

  it('expires a token TOKEN_TTL_DAYS after its last use, and slides while it is used', async () => {
    const user = await registerUser(t.app);
    const setLastUsed = (daysAgo: number) =>
      t.db.kysely
        .updateTable('tokens')
        .set({ last_used_at: new Date(Date.now() - daysAgo * 86_400_000).toISOString() })
        .where('user_id', '=', user.user.id)
        .execute();
    await setLastUsed(29);
    expect((await call(t.app, user.token, { method: 'GET', url: '/api/users/me/' })).statusCode).toBe(200);
    const touched = await t.db.kysely
      .selectFrom('tokens')
      .select('last_used_at')
      .where('user_id', '=', user.user.id)
      .executeTakeFirstOrThrow();
    expect(Date.now() - Date.parse(touched.last_used_at)).toBeLessThan(60_000);
    await setLastUsed(31);
    const expired = await call(t.app, user.token, { method: 'GET', url: '/api/users/me/' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('invalid_token');
  });
});

describe('profile and password', () => {
  it('update_profile changes names, phone, title and time zone only', async () => {
    const user = await registerUser(t.app);
    const res = await call(t.app, user.token, {
      method: 'PATCH',
      url: '/api/users/update_profile/',
      payload: {
        first_name: 'Dana',
        last_name: 'Scully',
        phone: '+1 555 0100',
        timezone: 'Europe/Paris',
        id: 999,
        password: 'ignored',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: user.user.id,
      first_name: 'Dana',
      full_name: 'Dana Scully',
      phone: '+1 555 0100',
      timezone: 'Europe/Paris',
    });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: user.user.username, password: user.password },
    });
    expect(login.statusCode).toBe(200);

    const badZone = await call(t.app, user.token, {
      method: 'PUT',
      url: '/api/users/update_profile/',
      payload: { timezone: 'Mars/Olympus' },
    });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().errors.timezone).toHaveLength(1);
  });

  it('changing the email needs the current password', async () => {
    const user = await registerUser(t.app);
    const without = await call(t.app, user.token, {
      method: 'PATCH',
      url: '/api/users/update_profile/',
      payload: { email: 'new@example.com' },
    });
    expect(without.statusCode).toBe(400);
    expect(without.json().errors).toHaveProperty('current_password');
    const withIt = await call(t.app, user.token, {
      method: 'PATCH',
      url: '/api/users/update_profile/',
      payload: { email: `changed-${user.user.id}@example.com`, current_password: user.password },
    });
    expect(withIt.statusCode).toBe(200);
    expect(withIt.json().email).toBe(`changed-${user.user.id}@example.com`);
  });

  it('change_password: wrong old password is 400; success kills every other token', async () => {
    const user = await registerUser(t.app);
    const other = (
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login/',
        payload: { username: user.user.username, password: user.password },
      })
    ).json().token as string;
    const wrong = await call(t.app, user.token, {
      method: 'POST',
      url: '/api/users/change_password/',
      payload: { old_password: 'nope-nope-nope', new_password: 'Another-Secret-77' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toHaveProperty('old_password');

    const ok = await call(t.app, user.token, {
      method: 'POST',
      url: '/api/users/change_password/',
      payload: { old_password: user.password, new_password: 'Another-Secret-77' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await call(t.app, other, { method: 'GET', url: '/api/users/me/' })).statusCode).toBe(401);
    expect((await call(t.app, user.token, { method: 'GET', url: '/api/users/me/' })).statusCode).toBe(200);
    const oldLogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: user.user.username, password: user.password },
    });
    expect(oldLogin.statusCode).toBe(400);
    const newLogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: user.user.username, password: 'Another-Secret-77' },
    });
    expect(newLogin.statusCode).toBe(200);
  });
});
