import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = 8123;
const BASE_URL = `http://127.0.0.1:${String(PORT)}`;

// Workers load this file again: the first evaluation picks the database and they inherit it.
process.env.E2E_DATABASE_FILE ??= path.join(os.tmpdir(), `crm-e2e-${String(process.pid)}-${String(Date.now())}.sqlite`);
const databaseFile = process.env.E2E_DATABASE_FILE;
// The API appends every email here as a JSON line, so journeys can open reset and invitation links.
process.env.E2E_MAIL_OUTBOX ??= path.join(
  os.tmpdir(),
  `crm-e2e-mail-${String(process.pid)}-${String(Date.now())}.jsonl`,
);
const mailOutbox = process.env.E2E_MAIL_OUTBOX;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL: BASE_URL,
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium: the machines never download a browser build of Playwright's own.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // Runs from this folder (Playwright's default cwd is the config's directory).
    command: 'node ../../scripts/start.mjs',
    url: `${BASE_URL}/api/health/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATABASE_URL: `sqlite:${databaseFile}`,
      DEMO_DATA: 'off',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: BASE_URL,
      MAIL_OUTBOX: mailOutbox,
    },
  },
});
