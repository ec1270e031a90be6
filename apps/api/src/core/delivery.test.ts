import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../test/test-app.js';
import { registerUser, type Registered } from '../test/factories.js';

/** A built web app as Vite and its precompress plugin leave it: assets with .br and .gz beside them. */
function webBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'crm-dist-'));
  mkdirSync(join(root, 'assets'));
  const write = (path: string, text: string) => {
    writeFileSync(join(root, path), text);
    writeFileSync(join(root, `${path}.br`), brotliCompressSync(text));
    writeFileSync(join(root, `${path}.gz`), gzipSync(text));
  };
  write('index.html', `<!doctype html><title>CRM</title>${'<!-- padding -->'.repeat(100)}`);
  write('assets/index-AbC123.js', `console.log(${JSON.stringify('x'.repeat(4000))});`);
  return root;
}

let t: TestApp;
let user: Registered;
beforeAll(async () => {
  t = await createTestApp({ webDist: webBuild() });
  user = await registerUser(t.app);
});
afterAll(() => t.close());

describe('delivery', () => {
  it('serves a hashed asset precompressed and cached for a year, index.html revalidated', async () => {
    const asset = await t.app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.headers).toMatchObject({
      'content-encoding': 'br',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
    });
    const gzipOnly = await t.app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    const plain = await t.app.inject({ url: '/assets/index-AbC123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('console.log');
    for (const url of ['/', '/customers/42']) {
      const page = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-encoding']).toBe('br');
    }
  });

  it('compresses JSON above 1 KB when asked, and never small answers', async () => {
    for (let i = 0; i < 10; i++) {
      await call(t.app, user.token, {
        method: 'POST',
        url: '/api/customers/',
        payload: { name: `Compressed ${i}`, notes: 'n'.repeat(100) },
      });
    }
    const list = await call(t.app, user.token, {
      method: 'GET',
      url: '/api/customers/',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(list.headers['content-encoding']).toBe('gzip');
    const small = await call(t.app, user.token, {
      method: 'GET',
      url: '/api/health/',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(small.headers['content-encoding']).toBeUndefined();
    const uncompressed = await call(t.app, user.token, { method: 'GET', url: '/api/customers/' });
    expect(uncompressed.headers['content-encoding']).toBeUndefined();
    expect(uncompressed.json().count).toBe(10);
  });
});
