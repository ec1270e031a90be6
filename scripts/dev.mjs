// `npm run dev`: the API with reload (tsx watch) on PORT (8000) and Vite on 5173 proxying /api to it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale, loadDotEnv, root } from './build-if-stale.mjs';

loadDotEnv();
buildIfStale({ web: false });
const children = [
  spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'watch', 'src/main.ts'], {
    cwd: join(root, 'apps/api'),
    stdio: 'inherit',
    env: { ...process.env, WEB_DIST: process.env.WEB_DIST ?? '/nonexistent' },
  }),
  spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js')], {
    cwd: join(root, 'apps/web'),
    stdio: 'inherit',
  }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((c) =>
  c.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  }),
);
