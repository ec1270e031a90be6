import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { loadConfig, type Config } from '../config.js';
import { connect, type Db } from '../db/connection.js';
import { migrateToLatest } from '../db/migrate.js';
import { buildApp, type BuildOptions } from '../app.js';
import { CapturingMailer, type Mailer } from '../core/mailer.js';
import type { Clock } from '../core/time.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  /** Every email the app sent, so a test can follow the link in it. */
  mailer: CapturingMailer;
  close(): Promise<void>;
}

export const TEST_PUBLIC_URL = 'http://crm.test';

export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'off', PUBLIC_URL: TEST_PUBLIC_URL });
  return { ...base, webDist: null, ...overrides };
}

/**
 * A fresh database per test file: SQLite in memory by default; with TEST_DATABASE_URL, a schema of
 * its own on that PostgreSQL server, dropped afterwards, so runs never see each other's rows.
 */
export async function openTestDatabase(): Promise<{ db: Db; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const db = connect('sqlite::memory:');
    return { db, drop: () => db.close() };
  }
  const schema = `test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const db = connect(url, { schema, poolSize: 8 });
  return {
    db,
    drop: async () => {
      await db.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

/** `options.mailer` replaces the capturing mailer (a test of the refusing one); `options.clock` the system clock. */
export async function createTestApp(
  overrides: Partial<Config> = {},
  options: BuildOptions & { mailer?: Mailer; clock?: Clock } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const { db } = database;
  await migrateToLatest(db);
  const config = testConfig(overrides);
  const mailer = new CapturingMailer();
  const { mailer: replacement, clock, ...buildOptions } = options;
  const app = await buildApp({ db, config, mailer: replacement ?? mailer, ...(clock ? { clock } : {}) }, buildOptions);
  await app.ready();
  return {
    app,
    db,
    config,
    mailer,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** Injects a request as the holder of `token` (and, optionally, in organization `org`). */
export function call(app: FastifyInstance, token: string | null, options: InjectOptions & { org?: number }) {
  const { org, headers, ...rest } = options;
  return app.inject({
    ...rest,
    headers: {
      ...(token ? { authorization: `Token ${token}` } : {}),
      ...(org !== undefined ? { 'x-organization-id': String(org) } : {}),
      ...headers,
    },
  });
}
