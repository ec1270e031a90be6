import { sql, type Expression, type SqlBool } from 'kysely';
import type { Dialect } from './connection.js';

/** What goes into `search_text`: the searchable fields, lower-cased, one per line. */
export const toSearchText = (...values: (string | null | undefined)[]): string =>
  values
    .filter((v): v is string => !!v && v.trim() !== '')
    .map((v) => v.trim().toLowerCase())
    .join('\n');

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A case-insensitive substring match of `term` on the table's search text. On SQLite the trigram
 * index needs three characters; shorter terms scan with LIKE, which is cheap for such rare queries.
 */
export function matchesSearch(dialect: Dialect, table: string, term: string, alias = table): Expression<SqlBool> {
  const needle = term.trim().toLowerCase();
  const column = sql.ref(`${alias}.search_text`);
  if (dialect === 'sqlite' && [...needle].length >= 3) {
    const phrase = `"${needle.replaceAll('"', '""')}"`;
    return sql<SqlBool>`${sql.ref(`${alias}.id`)} in (select rowid from ${sql.table(`${table}_fts`)} where ${sql.table(`${table}_fts`)} match ${phrase})`;
  }
  return sql<SqlBool>`${column} like ${`%${escapeLike(needle)}%`} escape '\\'`;
}
