// A learner's site as GitHub Pages would serve it: built by the release `nexus` from a README
// with the command `nexus init`'s workflow runs (scripts/learner-test.sh), under
// /alx-project-nexus/. Every route loads directly and on reload with 200 and shows its page
// at once (the route file) and after the app takes over; a facet filters and changes the URL;
// search finds an item; axe finds nothing; no console error (tests/e2e/fixtures.ts).
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../e2e/fixtures';

const site = process.env.LEARNER_SITE ?? '';
const portfolio = JSON.parse(readFileSync(join(site, 'portfolio.json'), 'utf8'));
const paths = [...readFileSync(join(site, 'sitemap.xml'), 'utf8').matchAll(/<loc>https:\/\/learner\.github\.io\/alx-project-nexus\/([^<]*)<\/loc>/g)].map((m) => m[1]);

test('the sitemap names the site at its Pages address, with every item\'s page', () => {
  expect(paths).toContain('');
  expect(paths).toContain('technologies/');
  for (const t of portfolio.technologies) expect(paths).toContain(`technologies/${t.id}/`);
  for (const c of portfolio.challenges) expect(paths).toContain(`challenges/${c.id}/`);
});

test('every route loads directly and on reload, from its route file, and the app takes over', async ({ page, request }) => {
  test.setTimeout(120_000);
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), `/${path}`).toBe(200);
    expect(await response.text(), `/${path} holds its page`).toMatch(/<div id="?prerendered"?>.*<h1[^>]*>/s);
    await page.goto(path);
    await expect(page.locator('html[data-app="ready"] main h1')).toBeVisible();
    await page.reload();
    await expect(page.locator('html[data-app="ready"] main h1')).toBeVisible();
  }
  await page.goto('technologies/no-such-id');
  await expect(page.locator('main h1')).toHaveText('Page not found');
});

test('the overview shows the README\'s title, and a facet filters the list and changes the URL', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('main h1')).toHaveText(portfolio.title);
  await page.goto('technologies/');
  const shown = page.locator('main .results > li:not([hidden])');
  await expect(shown).toHaveCount(portfolio.technologies.length);
  const facet = page.locator('button[data-facet]').first();
  const value = await facet.getAttribute('data-value');
  await facet.click();
  await expect(facet).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`/alx-project-nexus/technologies/?\\?(.*&)?category=${value}`));
  const inFacet = portfolio.technologies.filter((t: { category?: string }) => t.category === value).length;
  await expect(shown).toHaveCount(inFacet);
});

test('search finds an item from the README and opens it', async ({ page }) => {
  const target = portfolio.technologies[0];
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('#search-input').fill(target.name);
  const hit = page.getByRole('option').first();
  await expect(hit).toContainText(target.name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/alx-project-nexus/technologies/${target.id}`));
  await expect(page.locator('main h1')).toHaveText(target.name);
});

test('axe finds nothing on the overview, a list and an item page', async ({ page }) => {
  for (const path of ['', 'technologies/', `technologies/${portfolio.technologies[0].id}/`]) {
    await page.goto(path);
    await expect(page.locator('html[data-app="ready"]')).toBeAttached();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id), `/${path}`).toEqual([]);
  }
});
