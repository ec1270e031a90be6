import pg from 'pg';

/**
 * pg_trgm is database-wide, so test files (each in its own schema) must not race to create it:
 * it is created once here, before any of them migrates.
 */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('create extension if not exists pg_trgm with schema public');
  } finally {
    await client.end();
  }
}
