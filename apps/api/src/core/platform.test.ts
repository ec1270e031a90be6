import { Writable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { connect } from '../db/connection.js';
import { call, createTestApp, testConfig, type TestApp } from '../test/test-app.js';
import { registerUser } from '../test/factories.js';

const exploding: FastifyPluginAsync = async (app) => {
  app.get('/explode/', {
    config: { permission: 'public' },
    handler: () => {
      throw new Error('SELECT secret_column FROM users -- internal detail');
    },
  });
};

let t: TestApp;
const logLines: string[] = [];
beforeAll(async () => {
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  t = await createTestApp({ logLevel: 'info', bodyLimit: 4096 }, { logStream, extraRoutes: [exploding] });
});
afterAll(() => t.close());

describe('error contract', () => {
  it('an unknown /api/ path is 404 in the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing/' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: true, code: 'not_found', message: 'Not found.', detail: 'Not found.' });
  });

  it('a known path with another method is 405 with Allow', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/users/me/' });
    expect(res.statusCode).toBe(405);
    expect(res.json().code).toBe('method_not_allowed');
    expect(res.headers.allow).toBe('GET');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/login/' })).statusCode).toBe(405);
  });

  it('a body that is not JSON is 415; malformed JSON is 400; too large is 413', async () => {
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      headers: { 'content-type': 'text/plain' },
      payload: 'username=a',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ error: true, code: 'unsupported_media_type' });
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=a',
    });
    expect(form.statusCode).toBe(415);
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({
      code: 'validation_error',
      errors: { non_field_errors: ['Malformed JSON body.'] },
    });
    const large = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: 'x'.repeat(5000), password: 'y' },
    });
    expect(large.statusCode).toBe(413);
    expect(large.json().code).toBe('payload_too_large');
  });

  it('a 500 carries a request id and nothing internal', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/explode/' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toEqual({
      error: true,
      code: 'internal_error',
      message: 'A server error occurred.',
      detail: 'A server error occurred.',
      request_id: res.headers['x-request-id'],
    });
    expect(res.body).not.toMatch(/secret_column|SELECT|at .*\.ts|stack/i);
    // The detail goes to the log instead, under the same request id.
    expect(logLines.some((l) => l.includes('secret_column') && l.includes(body.request_id as string))).toBe(true);
  });

  it('a trailing slash is optional', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('platform', () => {
  it('health checks the database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health/' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'ok', dialect: t.db.dialect });
  });

  it('sends security headers with a Content-Security-Policy and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health/' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes an OpenAPI document generated from the contracts, and Swagger UI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/users/', '/api/auth/login/', '/api/organizations/{id}/']),
    );
    expect(doc.paths['/api/auth/login/'].post.requestBody.content['application/json'].schema.required).toEqual([
      'username',
      'password',
    ]);
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('never logs passwords or tokens', async () => {
    const user = await registerUser(t.app);
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: user.user.username, password: user.password },
    });
    await call(t.app, user.token, { method: 'GET', url: '/api/users/me/' });
    await t.app.inject({ method: 'GET', url: `/api/invitations/${user.token}/` });
    const logs = logLines.join('\n');
    expect(logs).toContain('/api/users/me/');
    expect(logs).not.toContain(user.password);
    expect(logs).not.toContain(user.token);
  });
});

describe('start-up refusal', () => {
  it('refuses to build an app with a route that declares no permission', async () => {
    const unguarded: FastifyPluginAsync = async (app) => {
      app.get('/unguarded/', () => ({ ok: true }));
    };
    const db = connect('sqlite::memory:');
    await expect(
      buildApp({ db, config: testConfig() }, { extraRoutes: [unguarded] }).then((app) => app.ready()),
    ).rejects.toThrow('Route GET /api/unguarded/ declares no permission');
    await db.close();
  });
});
