import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db, Dialect } from './connection.js';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-sales-core.js';
import * as m0003 from './migrations/0003-team.js';
import * as m0004 from './migrations/0004-visibility.js';
import * as m0005 from './migrations/0005-client-mode.js';
import * as m0006 from './migrations/0006-analytics.js';
import * as m0007 from './migrations/0007-import.js';

interface DialectMigration {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
  down(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

/** Numbered and immutable: add a new file for every change, never edit one that has shipped. */
const MIGRATIONS: Record<string, DialectMigration> = {
  '0001-foundation': m0001,
  '0002-sales-core': m0002,
  '0003-team': m0003,
  '0004-visibility': m0004,
  '0005-client-mode': m0005,
  '0006-analytics': m0006,
  '0007-import': m0007,
};

export const MIGRATION_NAMES = Object.keys(MIGRATIONS);

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}

  getMigrations(): Promise<Record<string, Migration>> {
    const entries = Object.entries(MIGRATIONS).map(([name, m]): [string, Migration] => [
      name,
      { up: (db) => m.up(db, this.dialect), down: (db) => m.down(db, this.dialect) },
    ]);
    return Promise.resolve(Object.fromEntries(entries));
  }
}

function migrator(db: Db): Migrator {
  // With a schema of its own (a test file), the migrator must not see other schemas' bookkeeping.
  return new Migrator({
    db: db.kysely,
    provider: new StaticProvider(db.dialect),
    ...(db.schema ? { migrationTableSchema: db.schema } : {}),
  });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(
      `Migration ${failed?.migrationName ?? ''} failed: ${result.error instanceof Error ? result.error.message : JSON.stringify(result.error)}`,
      {
        cause: result.error,
      },
    );
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return unwrap(await migrator(db).migrateToLatest());
}

export async function migrateDown(db: Db): Promise<string[]> {
  return unwrap(await migrator(db).migrateDown());
}
