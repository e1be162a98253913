// The app on content imported from READMEs of different shapes (tests/fixtures/readme/, turned
// into JSON by `nexus import` in scripts/e2e.sh): every present section's route renders its
// items, projects and further sections have their pages, sections the README lacks are gone
// from the navigation, the overview and the routes, a challenge without a solution shows alone,
// filters and search work, and axe finds nothing.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, heading, shown } from './fixtures';
import type { Page } from '@playwright/test';

const dir = join(__dirname, '..', '..', '.tmp', 'e2e-imported');
const load = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
const FIXTURES = ['seed-shape', 'headings-and-tables', 'projects-and-extras'] as const;
const SECTIONS = ['technologies', 'concepts', 'challenges', 'practices', 'projects'] as const;

/** Serves the imported portfolio instead of the shipped one, then opens a path. */
async function openWith(page: Page, content: unknown, path: string) {
  await page.route('**/nexus/portfolio.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(content) }),
  );
  await page.goto(path);
  await expect(page.locator('html[data-app="ready"]')).toBeAttached();
}

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
}

for (const name of FIXTURES) {
  test(`imported ${name}: every present section renders, absent ones are gone, axe clean`, async ({ page }) => {
    const p = load(name);
    await openWith(page, p, '');
    await expect(heading(page)).toHaveText(p.title);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    for (const key of SECTIONS) {
      const items: { name?: string; title?: string }[] = p[key] ?? [];
      const link = nav.getByRole('link', { name: new RegExp(`^${key}$`, 'i') });
      if (items.length === 0) {
        await expect(link, `${key} absent from the navigation`).toHaveCount(0);
        continue;
      }
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/nexus/${key}$`));
      for (const item of items) {
        await expect(page.locator('main')).toContainText(shown(item.name ?? item.title ?? ''));
      }
      await expectNoViolations(page, `${name} /${key}`);
    }
    if ((p.extra ?? []).length > 0) {
      await nav.getByRole('link', { name: 'About' }).click();
      for (const x of p.extra) await expect(page.getByRole('heading', { name: x.title, level: 2 })).toBeVisible();
      await expectNoViolations(page, `${name} /about`);
    }
    await page.goto('print');
    await expect(heading(page)).toHaveText(p.title);
    await expectNoViolations(page, `${name} /print`);
  });
}

test('a section the README lacks has no route; its sitemap-less URL says page not found', async ({ page }) => {
  const p = load('projects-and-extras');
  expect(p.concepts ?? []).toEqual([]);
  await openWith(page, p, 'concepts');
  await expect(heading(page)).toHaveText('Page not found');
  await page.goto('');
  await expect(page.locator('main')).not.toContainText('All concepts');
});

test('projects: filter by technology, detail page with links, cross-links from the technology', async ({ page }) => {
  const p = load('projects-and-extras');
  const [finder, board] = p.projects;
  await openWith(page, p, 'projects');
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(`Showing 2 of 2 projects`);
  await page.locator('main').getByRole('button', { name: /^GraphQL\s*\d+$/ }).click();
  await expect(page).toHaveURL(/\/projects\?tech=graphql$/);
  await expect(page.locator('main .results > li:not([hidden]) h2')).toHaveText([finder.name]);
  await page.getByRole('link', { name: finder.name }).click();
  await expect(heading(page)).toHaveText(finder.name);
  await expect(page.getByRole('link', { name: 'Repository' })).toHaveAttribute('href', 'https://github.com/me/movie-finder');
  await page.getByRole('link', { name: 'React', exact: true }).click();
  await expect(heading(page)).toHaveText('React');
  await expect(page.getByRole('link', { name: finder.name })).toBeVisible();
  expect(board.technologies ?? []).not.toContain('graphql');
});

test('a challenge without a solution shows the challenge alone; search finds imported items', async ({ page }) => {
  const p = load('projects-and-extras');
  const open = p.challenges.find((c: { solution?: string }) => !c.solution);
  await openWith(page, p, `challenges/${open.id}`);
  await expect(heading(page)).toHaveText(open.title);
  await expect(page.getByRole('heading', { name: 'Challenge', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Solution' })).toHaveCount(0);
  await page.keyboard.press('/');
  await page.keyboard.type('poll board');
  const hit = page.getByRole('dialog').getByRole('group', { name: 'Projects' }).getByRole('option').first();
  await expect(hit).toContainText('Poll Board');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Poll Board');
});
