// Playwright for tests/learner/: a learner's site built by the release `nexus` from a README,
// served by nginx under /alx-project-nexus/ (scripts/learner-test.sh passes its URL).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({ ...base, testDir: 'tests/learner', outputDir: 'test-results/learner' });
