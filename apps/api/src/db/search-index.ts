import { sql, type Kysely } from 'kysely';
import type { Dialect } from './connection.js';

/**
 * Substring search over each table's `search_text` (lower-cased name, email, code, company…,
 * written by the repositories). SQLite: an FTS5 table with the trigram tokenizer kept in step by
 * triggers. PostgreSQL: a pg_trgm GIN index, which serves `LIKE '%term%'`.
 */
export async function createSearchIndex(db: Kysely<unknown>, dialect: Dialect, table: string): Promise<void> {
  const fts = sql.table(`${table}_fts`);
  const t = sql.table(table);
  if (dialect === 'postgres') {
    // The extension is database-wide: created once (with its operators in public) and reused.
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    await sql`create index ${sql.id(`${table}_search_trgm`)} on ${t} using gin (search_text public.gin_trgm_ops)`.execute(
      db,
    );
    return;
  }
  await sql`create virtual table ${fts} using fts5(search_text, content=${sql.lit(table)}, content_rowid='id', tokenize='trigram')`.execute(
    db,
  );
  await sql`create trigger ${sql.id(`${table}_fts_ai`)} after insert on ${t} begin
    insert into ${fts}(rowid, search_text) values (new.id, new.search_text); end`.execute(db);
  await sql`create trigger ${sql.id(`${table}_fts_ad`)} after delete on ${t} begin
    insert into ${fts}(${fts}, rowid, search_text) values ('delete', old.id, old.search_text); end`.execute(db);
  await sql`create trigger ${sql.id(`${table}_fts_au`)} after update of search_text on ${t} begin
    insert into ${fts}(${fts}, rowid, search_text) values ('delete', old.id, old.search_text);
    insert into ${fts}(rowid, search_text) values (new.id, new.search_text); end`.execute(db);
  // Index the rows the table already holds.
  await sql`insert into ${fts}(${fts}) values ('rebuild')`.execute(db);
}

export async function dropSearchIndex(db: Kysely<unknown>, dialect: Dialect, table: string): Promise<void> {
  if (dialect === 'postgres') {
    await sql`drop index if exists ${sql.id(`${table}_search_trgm`)}`.execute(db);
    return;
  }
  for (const suffix of ['ai', 'ad', 'au'])
    await sql`drop trigger if exists ${sql.id(`${table}_fts_${suffix}`)}`.execute(db);
  await sql`drop table if exists ${sql.table(`${table}_fts`)}`.execute(db);
}
