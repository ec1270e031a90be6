// `npm run test:pg`: the API suite against PostgreSQL. Each test file works in its own schema of
// TEST_DATABASE_URL (default: the local server with trust auth) and drops it afterwards.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './build-if-stale.mjs';

const env = {
  ...process.env,
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
};
const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)],
  {
    cwd: join(root, 'apps/api'),
    stdio: 'inherit',
    env,
  },
);
process.exit(result.status ?? 1);
