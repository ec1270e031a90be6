// `npm run bench`: for SQLite and then PostgreSQL, starts the built server on a fresh database, fills
// one organization with sales data, drives the API's hot paths with autocannon from this process, and
// writes both tables to BENCHMARKS.md. PostgreSQL is BENCH_DATABASE_URL (default: the local server;
// a fresh database is created and dropped); BENCH_DATABASES=sqlite skips it.
//
// Figures on a shared machine drift from run to run, so every table starts with a floor measured in
// the same run (the cheapest request through the whole stack) and each scenario is also given as a
// multiple of it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { format, resolveConfig } from 'prettier';
import { buildIfStale, root } from '../scripts/build-if-stale.mjs';
import { waitForHealth, WEB_END, WEB_START } from './shared.mjs';
import { seed } from './seed.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 8399);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SIZES = { customers: 20_000 * SCALE, leads: 100_000 * SCALE, deals: 100_000 * SCALE };

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');

async function prepareDatabase(kind) {
  const pgUrl = PG_URL;
  if (kind === 'sqlite') {
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

async function json(method, path, token, body) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Token ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

function load(title, request, token, connections = CONNECTIONS) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: BASE,
        connections,
        duration: DURATION,
        headers: { authorization: `Token ${token}`, 'content-type': 'application/json' },
        requests: [request],
      },
      (error, result) => (error ? reject(error) : resolve({ title, result })),
    );
  });
}

function scenariosFor({ pipelineId, customerId }) {
  const today = new Date().toISOString().slice(0, 10);
  const twoYearsAgo = new Date(Date.now() - 2 * 365 * 86_400_000).toISOString().slice(0, 10);
  const analytics = [
    ['Analytics: dashboard (this month, every figure)', { method: 'GET', path: '/api/analytics/dashboard/' }],
    ['Analytics: sales funnel (this month)', { method: 'GET', path: '/api/analytics/sales_funnel/' }],
    [
      'Analytics: revenue by month (two years)',
      { method: 'GET', path: `/api/analytics/revenue_by_period/?period=month&start=${twoYearsAgo}&end=${today}` },
    ],
    ['Analytics: employee performance (this month)', { method: 'GET', path: '/api/analytics/employee_performance/' }],
    ['Analytics: forecast (12 months)', { method: 'GET', path: '/api/analytics/forecast/' }],
  ];
  const hotPaths = [
    ['Current user (auth + memberships)', { method: 'GET', path: '/api/users/me/' }],
    ['Customers list, page 1 (names + won totals joined)', { method: 'GET', path: '/api/customers/' }],
    // The same page as a browser asks for it: the server compresses JSON above 1 KB (core/delivery.ts).
    [
      'Customers list, page 1, compressed (Accept-Encoding: br, gzip)',
      { method: 'GET', path: '/api/customers/', headers: { 'accept-encoding': 'br, gzip' } },
    ],
    ['Customers substring search "vandel"', { method: 'GET', path: '/api/customers/?search=vandel' }],
    [
      'Customers filtered by status, sorted by name',
      { method: 'GET', path: '/api/customers/?status=vip&ordering=name' },
    ],
    ['Customer detail', { method: 'GET', path: `/api/customers/${customerId}/` }],
    ['Leads list, highest score first', { method: 'GET', path: '/api/leads/?ordering=-score' }],
    ['Deals list, open only', { method: 'GET', path: '/api/deals/?status=open' }],
    ['Pipeline board (6 stages, 50 cards each)', { method: 'GET', path: `/api/pipelines/${pipelineId}/board/` }],
    ...analytics,
    [
      'Create customer (transaction + code + audit)',
      {
        method: 'POST',
        path: '/api/customers/',
        body: JSON.stringify({ name: 'Bench customer', email: 'b@example.com' }),
      },
    ],
  ];
  return { hotPaths, analytics };
}

const FLOOR = ['Floor: health check (one `select 1`)', { method: 'GET', path: '/api/health/' }];

/** Runs the scenarios one after another, the floor first; each row also says how many floors it costs. */
async function measure(scenarios, token, connections) {
  const rows = [];
  for (const [title, request] of [FLOOR, ...scenarios]) {
    const { result } = await load(title, request, token, connections);
    const row = {
      title,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.non2xx + result.errors,
      // Headers and body as they crossed the wire: shows what compression saves.
      bytesPerResponse: Math.round(result.throughput.total / Math.max(result.requests.total, 1)).toLocaleString('en'),
    };
    rows.push(row);
    console.log(`  ${title}: ${row.rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.errors} errors`);
  }
  const floor = rows[0];
  return rows.map((row) => ({ ...row, ofFloor: (floor.rps / Math.max(row.rps, 1)).toFixed(1) }));
}

function table(rows) {
  return [
    '| Scenario | Requests/s | Cost (× floor) | p50 latency (ms) | p99 latency (ms) | Bytes per response | Errors |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) => `| ${r.title} | ${r.rps} | ${r.ofFloor} | ${r.p50} | ${r.p99} | ${r.bytesPerResponse} | ${r.errors} |`,
    ),
  ];
}

async function benchDatabase(kind) {
  const database = await prepareDatabase(kind);
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
    await waitForHealth(BASE);
    const owner = await json('POST', '/api/users/', null, {
      username: 'bench',
      email: 'bench@example.com',
      password: 'Quiet-harbor-load-42',
      organization_name: 'Bench Inc',
    });
    const started = Date.now();
    const seeded = await seed(database.url, owner.organization.id, owner.user.id, SIZES);
    const seedSeconds = ((Date.now() - started) / 1000).toFixed(1);
    const { hotPaths, analytics } = scenariosFor(seeded);
    console.log(`${database.label}: ${CONNECTIONS} connections`);
    const underLoad = await measure(hotPaths, owner.token, CONNECTIONS);
    console.log(`${database.label}: one user`);
    const oneUser = await measure(analytics, owner.token, 1);
    return { label: database.label, seedSeconds, underLoad, oneUser };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await database.drop();
  }
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

buildIfStale({ web: false });
const runs = [];
const skipped = [];
for (const kind of DATABASES) {
  if (kind === 'postgres' && !(await postgresReachable())) {
    skipped.push(`PostgreSQL was not reachable at ${PG_URL}; its table is missing from this run.`);
    continue;
  }
  runs.push(await benchDatabase(kind));
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const sizes = `${SIZES.customers.toLocaleString('en')} customers, ${SIZES.leads.toLocaleString('en')} leads and ${SIZES.deals.toLocaleString('en')} deals`;
const lines = [
  '# Benchmarks',
  '',
  'Produced by `npm run bench` (bench/run.mjs); figures are measured, never typed in. Re-run it after',
  'performance work and commit the new file. docs/SCALING.md explains what the figures mean.',
  '',
  `- Date: ${new Date().toISOString().slice(0, 10)}; Node ${process.version}; ${cpus().length} cores (${cpu}); ${Math.round(totalmem() / 2 ** 30)} GiB`,
  `- Data: one organization with ${sizes}, deals spread over two years with stage history`,
  `- Load: autocannon from the same machine (client and server share the cores), ${DURATION} s per scenario`,
  '- Floor: the health check measured in the same run; "Cost (× floor)" is the floor\'s requests/s divided by the',
  "  scenario's, which drifts far less between runs than the absolute figures.",
  ...skipped.map((line) => `- ${line}`),
  '',
];
for (const run of runs) {
  lines.push(
    `## ${run.label}`,
    '',
    `Seeded in ${run.seedSeconds} s.`,
    '',
    `### ${CONNECTIONS} connections at once`,
    '',
    ...table(run.underLoad),
    '',
    '### Analytics for one user at a time (the latency a person opening the page sees)',
    '',
    ...table(run.oneUser),
    '',
  );
}
const file = process.env.BENCH_OUTPUT ?? join(root, 'BENCHMARKS.md');
// `npm run bench:web` (bench/web.mjs) owns the block between the web markers: carry it over.
const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
if (old.includes(WEB_START) && old.includes(WEB_END)) {
  lines.push(old.slice(old.indexOf(WEB_START), old.indexOf(WEB_END) + WEB_END.length), '');
}
// Formatted like every other file, so `npm run lint` stays green after a run.
writeFileSync(file, await format(lines.join('\n'), { ...(await resolveConfig(file)), filepath: file }));
console.log(`Wrote ${file}`);
