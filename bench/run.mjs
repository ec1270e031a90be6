// `npm run bench`: starts the built server on a fresh database, fills one organization with sales
// data, drives the API's hot paths with autocannon from this process, and writes BENCHMARKS.md.
// BENCH_DATABASE_URL=postgres://… runs against PostgreSQL (a fresh database is created and dropped).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildIfStale, root } from '../scripts/build-if-stale.mjs';
import { seed } from './seed.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 8399);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SIZES = { customers: 20_000 * SCALE, leads: 100_000 * SCALE, deals: 100_000 * SCALE };

async function prepareDatabase() {
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (!pgUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
    return {
      url: `sqlite:${join(dir, 'bench.sqlite3')}`,
      label: 'SQLite (WAL)',
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `crm_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: 'PostgreSQL',
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function waitForHealth() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/api/health/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function json(method, path, token, body) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Token ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

function load(title, request, token) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: BASE,
        connections: CONNECTIONS,
        duration: DURATION,
        headers: { authorization: `Token ${token}`, 'content-type': 'application/json' },
        requests: [request],
      },
      (error, result) => (error ? reject(error) : resolve({ title, result })),
    );
  });
}

const database = await prepareDatabase();
buildIfStale({ web: false });
const server = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  env: {
    ...process.env,
    PORT: String(PORT),
    DATABASE_URL: database.url,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'warn',
    WEB_DIST: '/nonexistent',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitForHealth();
  const owner = await json('POST', '/api/users/', null, {
    username: 'bench',
    email: 'bench@example.com',
    password: 'Quiet-harbor-load-42',
    organization_name: 'Bench Inc',
  });
  const token = owner.token;
  const started = Date.now();
  const { pipelineId, customerId } = await seed(database.url, owner.organization.id, owner.user.id, SIZES);
  const seedSeconds = ((Date.now() - started) / 1000).toFixed(1);

  const twoYearsAgo = new Date(Date.now() - 2 * 365 * 86_400_000).toISOString().slice(0, 10);
  const scenarios = [
    ['Current user (auth + memberships)', { method: 'GET', path: '/api/users/me/' }],
    ['Customers list, page 1 (names + won totals joined)', { method: 'GET', path: '/api/customers/' }],
    ['Customers substring search "vandel"', { method: 'GET', path: '/api/customers/?search=vandel' }],
    [
      'Customers filtered by status, sorted by name',
      { method: 'GET', path: '/api/customers/?status=vip&ordering=name' },
    ],
    ['Customer detail', { method: 'GET', path: `/api/customers/${customerId}/` }],
    ['Leads list, highest score first', { method: 'GET', path: '/api/leads/?ordering=-score' }],
    ['Deals list, open only', { method: 'GET', path: '/api/deals/?status=open' }],
    ['Pipeline board (6 stages, 50 cards each)', { method: 'GET', path: `/api/pipelines/${pipelineId}/board/` }],
    ['Analytics: dashboard (this month, every figure)', { method: 'GET', path: '/api/analytics/dashboard/' }],
    ['Analytics: sales funnel (this month)', { method: 'GET', path: '/api/analytics/sales_funnel/' }],
    [
      'Analytics: revenue by month (two years)',
      { method: 'GET', path: `/api/analytics/revenue_by_period/?period=month&start=${twoYearsAgo}` },
    ],
    ['Analytics: employee performance (this month)', { method: 'GET', path: '/api/analytics/employee_performance/' }],
    ['Analytics: forecast (12 months)', { method: 'GET', path: '/api/analytics/forecast/' }],
    [
      'Create customer (transaction + code + audit)',
      {
        method: 'POST',
        path: '/api/customers/',
        body: JSON.stringify({ name: 'Bench customer', email: 'b@example.com' }),
      },
    ],
  ];
  const results = [];
  for (const [title, request] of scenarios) {
    const { result } = await load(title, request, token);
    const errors = result.non2xx + result.errors;
    results.push({
      title,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors,
    });
    console.log(
      `${title}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors`,
    );
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (bench/run.mjs); figures are measured, never typed in. Re-run it after',
    'performance work and commit the new file.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}; Node ${process.version}; ${cpus().length} cores (${cpu}); ${Math.round(totalmem() / 2 ** 30)} GiB`,
    `- Database: ${database.label}; one organization with ${SIZES.customers.toLocaleString('en')} customers, ${SIZES.leads.toLocaleString('en')} leads and ${SIZES.deals.toLocaleString('en')} deals (seeded in ${seedSeconds} s)`,
    `- Load: autocannon, ${CONNECTIONS} connections for ${DURATION} s per scenario, from the same machine (client and server share the cores)`,
    '',
    '| Scenario | Requests/s | p50 latency (ms) | p99 latency (ms) | Errors |',
    '|---|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.title} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`),
    '',
  ];
  const file = process.env.BENCH_OUTPUT ?? join(root, 'BENCHMARKS.md');
  writeFileSync(file, lines.join('\n'));
  console.log(`Wrote ${file}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await database.drop();
}
