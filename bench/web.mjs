// `npm run bench:web`: the web app's delivery budget (ENGINEERING §6). Starts the built server with the
// web app on a fresh SQLite database, seeds the demo organization through the CLI, then in Debian's
// Chromium
//   - counts the gzipped JavaScript a fresh browser (no cache) fetches until the network is idle, on
//     /login and on the dashboard signed in as the demo owner, against the budgets below;
//   - runs Lighthouse 12 with its default (mobile) preset on both pages, three runs each, keeping the
//     run with the best performance score.
// It rewrites only the "Web app" block of BENCHMARKS.md (between the web markers); `npm run bench`
// carries that block over when it rewrites the rest.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { format, resolveConfig } from 'prettier';
import { buildIfStale, root } from '../scripts/build-if-stale.mjs';
import { waitForHealth, WEB_END, WEB_START } from './shared.mjs';

const PORT = Number(process.env.BENCH_WEB_PORT ?? 8397);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** Where the web app keeps its token (apps/web/src/lib/auth/token-storage.ts). */
const AUTH_TOKEN_KEY = 'authToken';
/** 1 KB = 1,000 bytes here, as in Vite's build report (the stricter reading of the budget). */
const KB = 1000;
const PAGES = [
  { name: 'Login', path: '/login', signedIn: false, budgetKb: 200, ready: 'form button[type=submit]' },
  {
    name: 'Dashboard (demo owner)',
    path: '/',
    signedIn: true,
    budgetKb: 300,
    ready: '[data-testid=funnel-card] .chart-surface',
  },
];

/** `cli.js seed` prints each demo account once, as `    owner     demo-owner   <password>`. */
function seedDemo(env) {
  const result = spawnSync(process.execPath, [join(root, 'apps/api/dist/cli.js'), 'seed'], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`seed failed:\n${result.stdout}\n${result.stderr}`);
  const owner = /^\s+owner\s+(\S+)\s+(\S+)\s*$/m.exec(result.stdout);
  if (!owner) throw new Error(`seed printed no owner credentials:\n${result.stdout}`);
  return { username: owner[1], password: owner[2] };
}

async function signIn({ username, password }) {
  const res = await fetch(`${BASE}/api/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login: ${res.status} ${await res.text()}`);
  return (await res.json()).token;
}

/**
 * Opens the page in a fresh context (empty cache) asking for gzip only, and adds up the JavaScript
 * responses until the network has been idle for 500 ms. A response the server sent gzipped counts
 * with its transferred body size; one sent as it is (files under 1 KB are not precompressed) counts
 * with its gzip -9 size computed here, so every figure is gzip.
 */
async function measureJavaScript(browser, page, token) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
  if (token) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [AUTH_TOKEN_KEY, token]);
  const tab = await context.newPage();
  const scripts = [];
  tab.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response);
  });
  await tab.goto(`${BASE}${page.path}`, { waitUntil: 'networkidle' });
  await tab.waitForSelector(page.ready, { timeout: 15_000 });
  if (new URL(tab.url()).pathname !== page.path) throw new Error(`${page.path} ended on ${tab.url()}`);
  let bytes = 0;
  let computed = 0;
  for (const response of scripts) {
    const encoding = (await response.allHeaders())['content-encoding'];
    if (encoding === 'gzip') bytes += (await response.request().sizes()).responseBodySize;
    else {
      bytes += gzipSync(await response.body(), { level: 9 }).length;
      computed++;
    }
  }
  await context.close();
  return { bytes, files: scripts.length, computed };
}

/**
 * Lighthouse through its Node API on a page of a freshly launched Chromium (a new profile each run).
 * Lighthouse clears the origin's storage before it loads the page, so the token is written by a
 * script that runs before the app's own in every new document.
 */
async function runLighthouse(page, token) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox'],
  });
  let browser;
  try {
    browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    const tab = await browser.newPage();
    if (token) await tab.evaluateOnNewDocument((key, value) => localStorage.setItem(key, value), AUTH_TOKEN_KEY, token);
    const result = await lighthouse(
      `${BASE}${page.path}`,
      {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      undefined,
      tab,
    );
    const { categories, audits, finalDisplayedUrl, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse on ${page.path}: ${runtimeError.message}`);
    if (new URL(finalDisplayedUrl).pathname !== page.path) {
      throw new Error(`Lighthouse on ${page.path} ended on ${finalDisplayedUrl}`);
    }
    const score = (id) => Math.round((categories[id].score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: audits['first-contentful-paint'].displayValue,
      lcp: audits['largest-contentful-paint'].displayValue,
      tbt: audits['total-blocking-time'].displayValue,
    };
  } finally {
    await browser?.disconnect();
    chrome.kill();
  }
}

async function benchPage(browser, page, token) {
  const js = await measureJavaScript(browser, page, token);
  const kb = js.bytes / KB;
  console.log(`${page.name}: ${kb.toFixed(1)} KB gzipped JavaScript in ${js.files} files (budget ${page.budgetKb} KB)`);
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const run = await runLighthouse(page, token);
    console.log(
      `  Lighthouse run ${i + 1}: performance ${run.performance}, accessibility ${run.accessibility}, ` +
        `best practices ${run.bestPractices} (FCP ${run.fcp}, LCP ${run.lcp}, TBT ${run.tbt})`,
    );
    runs.push(run);
  }
  const best = runs.reduce((a, b) => (b.performance > a.performance ? b : a));
  return { page, kb, files: js.files, computed: js.computed, best, performances: runs.map((r) => r.performance) };
}

function section(results, chromiumVersion) {
  const rows = results.map(
    ({ page, kb, files, best, performances }) =>
      `| ${page.name} (\`${page.path}\`) | ${kb.toFixed(1)} (${files} files) | ${page.budgetKb} | ${kb <= page.budgetKb ? 'within' : `**over by ${(kb - page.budgetKb).toFixed(1)}**`} | ${best.performance} (${performances.join(', ')}) | ${best.accessibility} | ${best.bestPractices} | ${best.fcp} / ${best.lcp} / ${best.tbt} |`,
  );
  return [
    WEB_START,
    '## Web app',
    '',
    'Produced by `npm run bench:web` (bench/web.mjs) against the production build served by the API, with',
    'the demo organization seeded (`cli.js seed`); the dashboard is opened signed in as its owner.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}; Chromium ${chromiumVersion} (headless)`,
    '- JavaScript: every `.js` response a fresh browser (no cache) fetches until the network has been idle for',
    "  500 ms, requested with `Accept-Encoding: gzip`; the server sends the build's precompressed `.gz` files,",
    '  counted by their transferred size (the few files under 1 KB it sends as they are count with their',
    '  gzip -9 size). 1 KB = 1,000 bytes. Browsers that accept Brotli receive less.',
    `- Lighthouse 12, default (mobile) preset with its simulated throttling; ${LIGHTHOUSE_RUNS} runs per page, the run`,
    '  with the best performance score is shown (all performance scores in brackets).',
    '',
    '| Page | Gzipped JS (KB) | Budget (KB) | Budget | Performance (runs) | Accessibility | Best practices | FCP / LCP / TBT |',
    '|---|---:|---:|---|---:|---:|---:|---|',
    ...rows,
    WEB_END,
  ].join('\n');
}

/** Replaces the block between the web markers, or appends it when the file has none yet. */
async function writeSection(block) {
  const file = process.env.BENCH_OUTPUT ?? join(root, 'BENCHMARKS.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = old.indexOf(WEB_START);
  const end = old.indexOf(WEB_END);
  const text =
    start >= 0 && end > start
      ? `${old.slice(0, start)}${block}${old.slice(end + WEB_END.length)}`
      : `${old.trimEnd()}\n\n${block}\n`;
  // Formatted like every other file, so `npm run lint` stays green after a run.
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
  console.log(`Wrote the web section of ${file}`);
}

buildIfStale();
const dir = mkdtempSync(join(tmpdir(), 'crm-bench-web-'));
const env = {
  ...process.env,
  PORT: String(PORT),
  DATABASE_URL: `sqlite:${join(dir, 'bench-web.sqlite3')}`,
  DEMO_DATA: 'off',
  LOG_LEVEL: 'warn',
  PUBLIC_URL: BASE,
};
delete env.WEB_DIST;
const server = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
let browser;
try {
  await waitForHealth(BASE);
  const token = await signIn(seedDemo(env));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const chromiumVersion = browser.version();
  const results = [];
  for (const page of PAGES) results.push(await benchPage(browser, page, page.signedIn ? token : null));
  await browser.close();
  browser = undefined;
  await writeSection(section(results, chromiumVersion));
  const over = results.filter((r) => r.kb > r.page.budgetKb);
  if (over.length > 0) {
    console.log(`Over budget: ${over.map((r) => r.page.name).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser?.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
