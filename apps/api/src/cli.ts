import { ConfigError, loadConfig } from './config.js';
import { connect } from './db/connection.js';
import { migrateDown, migrateToLatest } from './db/migrate.js';
import { printDemoCredentials, resetDemoPasswords, seedDemoData } from './modules/demo/demo.service.js';

const USAGE = `Usage: node apps/api/dist/cli.js <command>
  migrate                apply pending migrations
  migrate:down           revert the last migration
  seed                   create the demo organization (once per database) and print its credentials
  demo:reset-passwords   give the demo accounts new passwords and print them (ends their sessions)`;
const COMMANDS = ['migrate', 'migrate:down', 'seed', 'demo:reset-passwords'];

async function run(command: string | undefined): Promise<number> {
  if (!command || !COMMANDS.includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const db = connect(config.databaseUrl);
  try {
    if (command === 'migrate:down') {
      process.stdout.write(`Reverted: ${(await migrateDown(db)).join(', ') || 'nothing'}\n`);
      return 0;
    }
    const applied = await migrateToLatest(db);
    process.stdout.write(`Migrations applied: ${applied.join(', ') || 'none (up to date)'}\n`);
    if (command === 'demo:reset-passwords') {
      const credentials = await resetDemoPasswords({ db });
      if (credentials.length === 0) process.stdout.write('This database has no demo accounts.\n');
      else printDemoCredentials(credentials, config.publicUrl, 'New passwords for the demo accounts.');
      return 0;
    }
    if (command === 'seed') {
      const credentials = await seedDemoData({ db, config });
      if (credentials) printDemoCredentials(credentials, config.publicUrl);
      else process.stdout.write('Demo data already exists in this database; nothing added.\n');
    }
    return 0;
  } finally {
    await db.close();
  }
}

run(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
