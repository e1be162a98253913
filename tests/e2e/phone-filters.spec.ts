// The list pages on a phone (360 × 640): the search box and the first results on the first
// screen, the facets behind a "Filters" disclosure (aria-expanded, keyboard operable) that the
// prerendered copy lays out exactly as the app does; on a desktop the facet panel stays open.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, portfolio } from './fixtures';
import type { Page } from '@playwright/test';

const PHONE = { width: 360, height: 640 };

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${what}`).toEqual([]);
}

const toggle = (page: Page) => page.locator('main').getByRole('button', { name: /^Filters/ });
const firstCard = (page: Page) => page.locator('main .results > li:not([hidden]) article.card').first();
const aFacet = (page: Page) => page.locator('main button[data-facet]').first();

test('challenges at 360 × 640: first result on the first screen, facets behind the disclosure', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, 'challenges', portfolio.sections.challenges.title);

  await expect(page.getByRole('searchbox', { name: 'Search challenges' })).toBeInViewport();
  await expect(firstCard(page)).toBeInViewport();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle(page)).toHaveText('Filters');
  await expect(aFacet(page)).toBeHidden();
  await expectNoViolations(page, 'challenges, filters closed');

  // Keyboard: Tab from the search box reaches the toggle; Enter opens, Space closes.
  await page.getByRole('searchbox', { name: 'Search challenges' }).focus();
  await page.keyboard.press('Tab');
  await expect(toggle(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(aFacet(page)).toBeVisible();
  const controlled = await toggle(page).getAttribute('aria-controls');
  await expect(page.locator(`#${controlled}`).locator('button[data-facet]').first()).toBeVisible();
  await expectNoViolations(page, 'challenges, filters open');

  // Two facets pressed: the toggle says so.
  const facets = page.locator('main button[data-facet]');
  await facets.nth(0).click();
  await facets.nth(1).click();
  await expect(toggle(page)).toHaveText('Filters · 2 active');
  await toggle(page).focus();
  await page.keyboard.press('Space');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(aFacet(page)).toBeHidden();
});

test('the prerendered copy lays the phone page out as the app does, and its toggle works early', async ({ page }) => {
  await page.setViewportSize(PHONE);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  const navigation = page.goto('challenges');
  navigation.catch(() => {});
  const early = page.locator('#prerendered');
  await expect(page.locator('html')).toHaveAttribute('data-early', 'on');
  await expect(early.locator('.results')).toBeVisible();
  const before = await early.locator('.results > li').first().boundingBox();
  await expect(firstCard(page)).toBeInViewport();
  // Opened before the app runs: it stays open after take-over.
  await early.getByRole('button', { name: /^Filters/ }).click();
  await expect(early.getByRole('button', { name: /^Filters/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(early.locator('button[data-facet]').first()).toBeVisible();
  await early.getByRole('button', { name: /^Filters/ }).click();
  await expect(early.getByRole('button', { name: /^Filters/ })).toHaveAttribute('aria-expanded', 'false');
  release();
  await navigation;
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  const after = await page.locator('main .results > li').first().boundingBox();
  expect(after).toEqual(before);
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
});

test('a disclosure opened before take-over stays open', async ({ page }) => {
  await page.setViewportSize(PHONE);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  const navigation = page.goto('technologies');
  navigation.catch(() => {});
  const early = page.locator('#prerendered').getByRole('button', { name: /^Filters/ });
  await expect(page.locator('html')).toHaveAttribute('data-early', 'on');
  await early.click();
  await expect(early).toHaveAttribute('aria-expanded', 'true');
  release();
  await navigation;
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(aFacet(page)).toBeVisible();
});

test('desktop keeps the facet panel open and shows no disclosure', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, 'challenges', portfolio.sections.challenges.title);
  await expect(toggle(page)).toBeHidden();
  await expect(aFacet(page)).toBeVisible();
});
