import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time under the given paths (files or folders), skipping build output. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (entry !== 'node_modules' && entry !== 'dist') visit(join(path, entry));
      }
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach((p) => visit(join(root, p)));
  return newest;
}

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`\nBuild step failed: ${command} ${args.join(' ')}\n`);
    process.exit(result.status ?? 1);
  }
}

/** Reads ./.env when present; variables already in the environment win. */
export function loadDotEnv() {
  const file = join(root, '.env');
  if (!existsSync(file)) return;
  const before = { ...process.env };
  process.loadEnvFile(file);
  Object.assign(process.env, before);
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');

/**
 * Builds what is missing or older than its sources: contracts and API with `tsc -b` (incremental,
 * so a no-op when up to date), the web app with Vite when its sources or the contracts changed.
 */
export function buildIfStale({ web = true } = {}) {
  run(process.execPath, [tsc, '-b', 'packages/contracts', 'apps/api']);
  if (!web) return;
  const webIndex = join(root, 'apps/web/dist/index.html');
  const builtAt = existsSync(webIndex) ? statSync(webIndex).mtimeMs : 0;
  const sourcesAt = newestMtime([
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'apps/web/package.json',
    'apps/web/public',
    'packages/contracts/src',
  ]);
  if (sourcesAt > builtAt) {
    process.stdout.write('Building the web app…\n');
    run(process.execPath, [vite, 'build', '--logLevel', 'warn'], join(root, 'apps/web'));
  }
}
