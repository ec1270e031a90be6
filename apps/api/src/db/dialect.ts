import { sql } from 'kysely';
import type { Dialect } from './connection.js';

/** Dialect differences, kept here so repositories stay portable. */

export const toBool = (value: boolean | number | null | undefined): boolean => value === true || value === 1;

export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function isForeignKeyViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** Column type for an instant: ISO text on SQLite (sorts correctly), timestamptz on PostgreSQL. */
export const timestampType = (dialect: Dialect) => (dialect === 'postgres' ? 'timestamptz' : 'text');

/**
 * `select … for update` on PostgreSQL: the row stays locked until the transaction ends. SQLite has
 * no row locks and needs none — its writes are serialized for the whole database.
 */
export const lockForUpdate = <Q extends { forUpdate(): Q }>(dialect: Dialect, query: Q): Q =>
  dialect === 'postgres' ? query.forUpdate() : query;

/**
 * An instant or a date passed as a value where SQL cannot infer its type (a literal in a derived
 * table of periods): PostgreSQL needs the cast to compare it with a timestamptz or date column;
 * SQLite compares ISO text as it is.
 */
export const instantValue = (dialect: Dialect, iso: string) =>
  dialect === 'postgres' ? sql`cast(${iso} as timestamptz)` : sql`${iso}`;
export const dateValue = (dialect: Dialect, date: string) =>
  dialect === 'postgres' ? sql`cast(${date} as date)` : sql`${date}`;

/**
 * A FROM item listing the keys of a JSON object stored as text in `column` (custom fields), as
 * rows with one `key` column: json_each on SQLite, jsonb_object_keys on PostgreSQL.
 */
export const jsonKeysOf = (dialect: Dialect, column: string) =>
  dialect === 'postgres'
    ? sql`jsonb_object_keys(cast(${sql.ref(column)} as jsonb)) as j(key)`
    : sql`json_each(${sql.ref(column)}) as j`;
