// `npm run db:migrate` / `npm run db:seed`: build the API if stale, read .env, run the CLI command.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale, loadDotEnv, root } from './build-if-stale.mjs';

loadDotEnv();
buildIfStale({ web: false });
await import(pathToFileURL(join(root, 'apps/api/dist/cli.js')).href);
