// `npm start`: build what is stale, then run the compiled API, which migrates, seeds demo data on a
// zero-configuration start, and serves the web app at / and the API at /api/ on one port.
import { buildIfStale, loadDotEnv, root } from './build-if-stale.mjs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

loadDotEnv();
buildIfStale();
await import(pathToFileURL(join(root, 'apps/api/dist/main.js')).href);
