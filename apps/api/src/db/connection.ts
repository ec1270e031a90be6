import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import type { Database } from './database.js';
import { SqliteBooleanPlugin } from './sqlite-boolean-plugin.js';

export type Dialect = 'sqlite' | 'postgres';
export type Executor = Kysely<Database> | Transaction<Database>;

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL: the schema the tables live in, when not the default (tests). */
  schema?: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL only: the schema to work in (each test file gets its own). */
  schema?: string;
  poolSize?: number;
}

/** `sqlite:<path>` (or `sqlite::memory:`) → SQLite; `postgres://…` → PostgreSQL. */
export function connect(databaseUrl: string, options: ConnectOptions = {}): Db {
  if (databaseUrl.startsWith('sqlite:')) return connectSqlite(databaseUrl.slice('sqlite:'.length));
  return connectPostgres(databaseUrl, options);
}

function connectSqlite(path: string): Db {
  const isMemory = path === ':memory:';
  if (!isMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const database = new SQLite(isMemory ? ':memory:' : resolve(path));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database }),
    plugins: [new SqliteBooleanPlugin()],
  });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}

const PG_TIMESTAMPTZ = 1184;
const PG_DATE = 1082;
const PG_INT8 = 20;

/** Timestamps come back as the same ISO strings SQLite stores; dates stay `YYYY-MM-DD`. */
function getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === PG_TIMESTAMPTZ) return (v) => new Date(v).toISOString();
  if (oid === PG_DATE) return (v) => v;
  // Counts and sums of integers arrive as int8; our figures stay well inside 2^53.
  if (oid === PG_INT8) return (v) => Number(v);
  return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
}
const pgTypes = { getTypeParser };

function connectPostgres(url: string, options: ConnectOptions): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types: pgTypes,
    // Extensions (pg_trgm) live in public, so it stays on the path behind the working schema.
    ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: 'postgres', schema: options.schema, close: () => kysely.destroy() };
}
