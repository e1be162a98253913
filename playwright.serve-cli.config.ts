// Playwright for tests/serve-cli/: `nexus serve` (the author's preview built into the nexus
// binary) rather than nginx or trunk. Run through scripts/serve-cli-test.sh (`make
// serve-cli-test`), which starts nexus serve on a copy of a fixture README and passes
// SERVE_CLI_URL and SERVE_CLI_README.
import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/serve-cli',
  outputDir: 'test-results/serve-cli',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The specs edit the one README the server watches: one at a time.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's chromium, as playwright.config.ts: no browser download.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
