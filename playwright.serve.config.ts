// Playwright for tests/serve/: the development server (`trunk serve`) rather than the release
// bundle behind nginx. Run through scripts/serve-test.sh, which starts trunk on a copy of the
// project and passes SERVE_URL and SERVE_PROJECT.
import { defineConfig, devices } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'tests/serve',
  outputDir: 'test-results/serve',
  workers: 1,
  timeout: 180_000,
  use: { ...base.use, ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
});
