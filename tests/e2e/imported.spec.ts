// The app on content imported from READMEs of different shapes (tests/fixtures/readme/, turned
// into JSON by `nexus import` in scripts/e2e.sh): every present section's route renders its
// items, projects and further sections have their pages, sections the README lacks are gone
// from the navigation, the overview and the routes, a challenge without a solution shows alone
// and one told by its title alone shows the title once, the overview's and the closing's
// paragraphs and lists stay so (page, print, search), filters and search work, axe finds nothing.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, heading, shown } from './fixtures';
import type { Page } from '@playwright/test';

const dir = join(__dirname, '..', '..', '.tmp', 'e2e-imported');
const load = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
const FIXTURES = ['seed-shape', 'headings-and-tables', 'projects-and-extras', 'overview-with-a-list'] as const;
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

test('an overview and a closing keep their paragraphs and lists on the overview, in print and in search', async ({ page }) => {
  const p = load('overview-with-a-list');
  const [goals, list, after] = p.overview;
  expect(list.items).toHaveLength(3);
  const texts = (blocks: { text?: string }[]) => blocks.map((b) => b.text);
  await openWith(page, p, '');
  const lead = page.locator('main .lead');
  await expect(lead.locator(':scope > p')).toHaveText([goals.text, after.text]);
  await expect(lead.getByRole('list').getByRole('listitem')).toHaveText(list.items);
  await expect(page.locator('main .closing > p')).toHaveText(texts(p.closing));

  await page.goto('print');
  await expect(heading(page)).toHaveText(p.title);
  await expect(page.locator('.print-view .lead li')).toHaveText(list.items);
  await expect(page.locator('.print-view .closing > p')).toHaveText(texts(p.closing));

  // A list item of the overview and a paragraph of the closing are found, with the further
  // sections, and Enter goes to where they are shown.
  await page.goto('practices');
  await page.keyboard.press('/');
  await page.keyboard.type('web server answers');
  const about = page.getByRole('dialog').getByRole('group', { name: 'About' });
  await expect(about.getByRole('option')).toHaveCount(1);
  await expect(about.getByRole('option')).toContainText('Overview');
  await expect(about.locator('mark')).toHaveText(['web', 'server', 'answers']);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/nexus\/$/);
  await expect(heading(page)).toHaveText(p.title);
  await page.keyboard.press('/');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('reading this far');
  await expect(about.getByRole('option')).toContainText(['Closing']);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/nexus\/#closing$/);
  await expect(page.locator('main #closing')).toBeFocused();
});

test('a challenge told by its title alone shows the title once, with its solution', async ({ page }) => {
  const p = load('overview-with-a-list');
  const told = p.challenges.find((c: { challenge?: string }) => !c.challenge);
  expect(told.title).toBe('Slow queries');
  await openWith(page, p, 'challenges');
  const card = page.locator('main article.card').filter({ hasText: told.title });
  await expect(card).toContainText(`Solution: ${told.solution}`);
  await expect(card).not.toContainText('Challenge:');
  // The card's text is the solution alone (beside its title and the copy-link button).
  await expect(card.locator('.card-body > p:not(.share)')).toHaveText([`Solution: ${told.solution}`]);
  await card.getByRole('link', { name: told.title }).click();
  await expect(heading(page)).toHaveText(told.title);
  await expect(page.getByRole('heading', { name: 'Challenge', level: 2 })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Solution', level: 2 })).toBeVisible();
  await expect(page.locator('main article > p:not(.breadcrumb):not(.share)')).toHaveText([told.solution]);
});

test('a challenge without a solution shows what it has alone; search finds imported items', async ({ page }) => {
  const p = load('projects-and-extras');
  // "- Challenge: Caching GraphQL results across pages": the line is its title, and all it says.
  const open = p.challenges.find((c: { solution?: string }) => !c.solution);
  expect(open.challenge).toBeUndefined();
  await openWith(page, p, `challenges/${open.id}`);
  await expect(heading(page)).toHaveText(open.title);
  await expect(page.getByRole('heading', { name: 'Challenge', level: 2 })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Solution' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'GraphQL', exact: true })).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.type('poll board');
  const hit = page.getByRole('dialog').getByRole('group', { name: 'Projects' }).getByRole('option').first();
  await expect(hit).toContainText('Poll Board');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Poll Board');
});
