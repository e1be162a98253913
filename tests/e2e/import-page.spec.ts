// The import page (/import): a README pasted, chosen or dropped is imported in the browser by
// the importer's own web worker, its report shown, the portfolio previewed by the app itself and
// downloaded as portfolio.json — and the app's ordinary load never fetches the importer.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, heading, portfolio } from './fixtures';
import type { Page } from '@playwright/test';

const fixtures = join(__dirname, '..', 'fixtures', 'readme');
const readme = (name: string) => readFileSync(join(fixtures, name), 'utf8');

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
}

async function openImport(page: Page) {
  await page.goto('import');
  await expect(page.locator('html[data-app="ready"]')).toBeAttached();
  await expect(heading(page)).toHaveText('Import your README');
}

test('the app loads without a byte of the importer; the import page starts it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('');
  await expect(page.locator('html[data-app="ready"]')).toBeAttached();
  await page.getByRole('link', { name: 'Make yours from your README' }).click();
  await expect(heading(page)).toHaveText('Import your README');
  expect(fetched.filter((p) => p.includes('import-worker')), 'before an import').toEqual([]);

  await page.getByRole('textbox', { name: 'Your README' }).fill(readme('seed-shape.md'));
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported: the report is below.');
  expect(fetched.some((p) => p.endsWith('/nexus-import-worker_bg.wasm')), 'the worker fetched its wasm').toBe(true);
});

test('a pasted README: report, preview by the app, download, end of the preview', async ({ page }) => {
  await openImport(page);
  await expectNoViolations(page, 'import page');
  await page.getByRole('textbox', { name: 'Your README' }).fill(readme('projects-and-extras.md'));
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toHaveText('Imported: the report is below.');

  // The report: the summary line and the importer's notes, with README line numbers.
  const report = page.getByRole('region', { name: /^Report: / });
  await expect(report.locator('.summary')).toContainText(/README\.md: imported \d+ technologies/);
  await expect(report.locator('.report-lines li').first()).toContainText(/^README\.md:\d+: /);
  await expectNoViolations(page, 'import page with a report');

  // The download is the portfolio file, valid JSON naming its schema.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'Download portfolio.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('portfolio.json');
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.$schema).toBe('portfolio.schema.json');
  expect(file.projects.length).toBeGreaterThan(0);

  // The preview: the whole app on the imported content, with the banner on every page.
  await report.getByRole('button', { name: 'Preview your portfolio' }).click();
  await expect(heading(page)).toHaveText(file.title);
  const banner = page.getByRole('complementary', { name: 'Preview' });
  await expect(banner).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { name: file.projects[0].name })).toBeVisible();
  await expect(banner).toBeVisible();
  await expectNoViolations(page, 'preview');

  // Ending it brings the site's own portfolio back.
  await banner.getByRole('button', { name: 'End the preview' }).click();
  await expect(banner).toHaveCount(0);
  await page.goto('');
  await expect(heading(page)).toHaveText(portfolio.title);
});

test('a chosen file is imported; a README that is no portfolio says why', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Choose a file').setInputFiles(join(fixtures, 'headings-and-tables.md'));
  await expect(page.getByRole('status')).toHaveText('Imported: the report is below.');
  await expect(page.getByRole('textbox', { name: 'Your README' })).toHaveValue(/\S/);

  await page.getByRole('textbox', { name: 'Your README' }).fill(readme('not-a-portfolio.md'));
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toContainText('not a learning portfolio: looked for');
  await expect(page.getByRole('region', { name: /^Report: / })).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Your README' }).fill('   ');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toHaveText('Paste a README or choose a file first.');
});
