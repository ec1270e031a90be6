import type { ColumnDefinitionBuilder } from 'kysely';
import type { Dialect } from './connection.js';

/** An integer primary key the database numbers itself: AUTOINCREMENT (never reused) or IDENTITY. */
export const idColumn =
  (dialect: Dialect) =>
  (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    dialect === 'postgres' ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement();
