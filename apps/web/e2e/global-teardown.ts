import { rm } from 'node:fs/promises';

/** Removes the run's SQLite database, its WAL files and the mail outbox from the temp folder. */
export default async function globalTeardown(): Promise<void> {
  const outbox = process.env.E2E_MAIL_OUTBOX;
  if (outbox) await rm(outbox, { force: true });
  const file = process.env.E2E_DATABASE_FILE;
  if (!file) return;
  await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
}
