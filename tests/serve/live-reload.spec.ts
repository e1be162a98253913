// `make serve` as a newcomer uses it: the page is open, they edit public/portfolio.json, trunk
// rebuilds and reloads the page, and the page must show the edit. Runs against `trunk serve` on
// a copy of the project (scripts/serve-test.sh), never the real public/portfolio.json.
import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const project = process.env.SERVE_PROJECT!;
const url = process.env.SERVE_URL!;

test('an edit of portfolio.json shows on the reload that follows it', async ({ page }) => {
  test.skip(!project || !url, 'run through scripts/serve-test.sh');
  const source = join(project, 'public', 'portfolio.json');
  const served = join(project, 'dist', 'portfolio.json');
  // As if the file had been served untouched for an hour: without a Cache-Control header the
  // browser may then reuse its copy for minutes (heuristic freshness, RFC 9111 4.2.2).
  const anHourAgo = new Date(Date.now() - 3600_000);
  utimesSync(served, anHourAgo, anHourAgo);

  const content = JSON.parse(readFileSync(source, 'utf8'));
  await page.goto(url);
  await expect(page.locator('main h1')).toHaveText(content.title);

  const edited = `${content.title} — edited ${Date.now()}`;
  content.title = edited;
  const reloaded = page.waitForEvent('load', { timeout: 120_000 });
  writeFileSync(source, JSON.stringify(content, null, 2));
  // trunk serve rebuilds and tells the page to reload itself.
  await reloaded;
  await expect(page.locator('main h1')).toHaveText(edited, { timeout: 30_000 });
});
