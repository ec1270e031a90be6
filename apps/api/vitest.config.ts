import { defineConfig } from 'vitest/config';

// CI asks for a JSON report per suite so .ci/run can add up passes and failures.
const reportDir = process.env.CI_REPORT_DIR;
const suite = process.env.CI_SUITE ?? 'api';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['src/test/pg-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: reportDir ? ['default', ['json', { outputFile: `${reportDir}/${suite}.json` }]] : ['default'],
  },
});
