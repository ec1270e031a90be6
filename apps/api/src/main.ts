import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, type Config } from './config.js';
import { connect } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { buildApp } from './app.js';
import { ConsoleMailer, createMailer, MAIL_NOT_CONFIGURED } from './core/mailer.js';
import { printDemoCredentials, seedDemoData, wantsDemoData } from './modules/demo/demo.service.js';

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const db = connect(config.databaseUrl);
  const applied = await migrateToLatest(db);
  const mailer = createMailer(config);
  const deps = { db, config: { ...config, webDist: config.webDist ?? DEFAULT_WEB_DIST }, mailer };
  const app = await buildApp(deps);
  if (applied.length) app.log.info({ migrations: applied }, 'migrations applied');
  if (!mailer.available) app.log.warn(MAIL_NOT_CONFIGURED);
  else if (mailer instanceof ConsoleMailer)
    app.log.info('SMTP_URL is not set: emails are printed to this terminal instead of being sent.');
  if (wantsDemoData(config)) {
    const credentials = await seedDemoData(deps);
    if (credentials) printDemoCredentials(credentials, config.publicUrl);
  }

  const shutdown = (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    void app
      .close()
      .then(() => db.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(
    `\n  Too Good CRM is running at ${config.publicUrl} (API at ${config.publicUrl}/api/, docs at ${config.publicUrl}/api/docs/)\n\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
