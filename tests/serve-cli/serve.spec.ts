// `nexus serve` as an author uses it: the page is open, they save the README, and the page
// reloads itself once the rebuild is done; a save that breaks the README shows the problem in a
// banner over the last good site, and the fix brings the site back. Runs against nexus serve on
// a copy of a fixture README (scripts/serve-cli-test.sh), with the site's strict CSP, so no
// console error and no CSP violation may appear.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';

const url = process.env.SERVE_CLI_URL!;
const readme = process.env.SERVE_CLI_README!;

/** Collects console errors, page errors and CSP violations of `page`. */
async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // Chromium logs most violations to the console too; the event catches every one.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return errors;
}

/** Marks the page's current document: the mark is gone once the page has reloaded. */
const mark = (page: Page) => page.evaluate(() => ((window as any).nexusServeMark = true));
const marked = (page: Page) => page.evaluate(() => (window as any).nexusServeMark === true);

test('an edit reloads the page, a broken edit shows the problem over the last good site, the fix recovers', async ({
  page,
  context,
}) => {
  test.skip(!url || !readme, 'run through scripts/serve-cli-test.sh');
  const original = readFileSync(readme, 'utf8');
  const errors = await watchErrors(page);
  const banner = page.getByRole('alert').filter({ hasText: 'nexus serve' });
  try {
    await page.goto(`${url}technologies/`);
    await expect(page.getByRole('heading', { level: 2, name: 'Django' })).toBeVisible();
    await expect(banner).toHaveCount(0);

    // An edit: the page reloads by itself and shows it.
    await mark(page);
    writeFileSync(readme, original.replace('**Django**', '**Flask**'));
    await expect(page.getByRole('heading', { level: 2, name: 'Flask' })).toBeVisible();
    expect(await marked(page)).toBe(false);
    await expect(page.getByRole('heading', { level: 2, name: 'Django' })).toHaveCount(0);

    // A README that is no portfolio: a banner says why, over the last good site, no reload.
    await mark(page);
    writeFileSync(readme, 'hello\n');
    await expect(banner).toBeVisible();
    await expect(banner.locator('pre')).toContainText('README.md: not a learning portfolio');
    await expect(page.getByRole('heading', { level: 2, name: 'Flask' })).toBeVisible();
    expect(await marked(page)).toBe(true);

    // A page opened while the README is broken shows the banner at once, on the last good site.
    const other = await context.newPage();
    const otherErrors = await watchErrors(other);
    await other.goto(url);
    await expect(other.getByRole('alert').filter({ hasText: 'nexus serve' })).toContainText(
      'not a learning portfolio',
    );
    await expect(other.locator('main h1')).toHaveText('My Backend Journey');
    await other.close();
    expect(otherErrors).toEqual([]);

    // The fix: the page reloads, the banner is gone, the new content shows.
    writeFileSync(readme, original.replace('**Django**', '**FastAPI**'));
    await expect(page.getByRole('heading', { level: 2, name: 'FastAPI' })).toBeVisible();
    await expect(banner).toHaveCount(0);
    expect(await marked(page)).toBe(false);
    expect(errors).toEqual([]);
  } finally {
    writeFileSync(readme, original);
  }
});
