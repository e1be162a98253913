// Playwright for tests/serve-cli/: `nexus serve` (the author's preview built into the nexus
// binary) rather than nginx or trunk. Run through scripts/serve-cli-test.sh (`make
// serve-cli-test`), which starts nexus serve on a copy of a fixture README and passes
// SERVE_CLI_URL and SERVE_CLI_README.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'tests/serve-cli',
  outputDir: 'test-results/serve-cli',
  // The specs edit the one README the server watches: one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  use: { ...base.use, baseURL: undefined },
});
