// Early input: what a visitor does on the prerendered page before the app runs is not lost
// (public/early.js keeps the copy's controls working; src/prerendered.rs adopts their state).
// Deterministic rather than timed: each test holds back the wasm download (page.route) until its
// inputs are done, checks what the page shows meanwhile, releases the wasm, and checks what the
// app shows once it has taken over (html[data-app=ready]).
import { test, expect, portfolio } from './fixtures';
import type { Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Opens `path` with the wasm held back; returns the release and the pending navigation. */
async function openHeld(page: Page, path: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const wasmRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.route('**/*_bg.wasm', async (route) => {
    requested();
    await held;
    // The page may have navigated away meanwhile (a followed link): nothing to continue then.
    await route.continue().catch(() => {});
  });
  // The fixtures' goto resolves only once the app has taken over: not awaited until released.
  const navigation = page.goto(path);
  navigation.catch(() => {});
  await wasmRequested;
  // public/early.js marks <html data-early="on"> once it listens.
  await expect(page.locator('html')).toHaveAttribute('data-early', 'on');
  await expect(page.locator('html')).not.toHaveAttribute('data-app', /./);
  return {
    done: async () => {
      release();
      await navigation;
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    },
  };
}

const copy = (page: Page) => page.locator('#prerendered');
const facet = (scope: ReturnType<Page['locator']>, key: string, value: string) =>
  scope.locator(`main button[data-facet="${key}"][data-value="${value}"]`);
const SHOWN_CARDS = 'main .results > li:not([hidden]) article.card h2';

const withTech = portfolio.categories.filter((c) => portfolio.technologies.some((t) => t.category === c.id));
const [catA, catB, catC] = withTech;

test('facet clicks and typing before take-over end as the same filtered view, focus and caret kept', async ({ page, context }) => {
  const app = await openHeld(page, `technologies?category=${catA.id}`);
  // early.js shows the URL's filter on the copy (rendered without a query): it is running.
  await expect(facet(copy(page), 'category', catA.id)).toHaveAttribute('aria-pressed', 'true');
  await expect(copy(page).locator('.filters-toggle')).toHaveText('Filters · 1 active');

  // Pressed at once when clicked; a double click ends where it started.
  await facet(copy(page), 'category', catB.id).click();
  await expect(facet(copy(page), 'category', catB.id)).toHaveAttribute('aria-pressed', 'true');
  await facet(copy(page), 'category', catC.id).click();
  await facet(copy(page), 'category', catC.id).click();
  await expect(facet(copy(page), 'category', catC.id)).toHaveAttribute('aria-pressed', 'false');
  await expect(copy(page).locator('.filters-toggle')).toHaveText('Filters · 2 active');
  const box = copy(page).getByRole('searchbox', { name: 'Search technologies' });
  await box.click();
  await box.pressSequentially('o s');
  const both = [catA.id, catB.id].sort().join(',');
  await expect(page).toHaveURL(new RegExp(`/technologies\\?q=o%20s&category=${both}$`));

  await app.done();
  await expect(copy(page)).toHaveCount(0);
  const search = page.getByRole('searchbox', { name: 'Search technologies' });
  await expect(search).toHaveValue('o s');
  await expect(search).toBeFocused();
  expect(await search.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([3, 3]);
  await expect(page).toHaveURL(new RegExp(`/technologies\\?q=o%20s&category=${both}$`));
  const pressed = await page.locator('main button[aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  expect(pressed.sort()).toEqual([catA.id, catB.id].sort());

  // Exactly the view that URL shows when opened afresh.
  const cards = await page.locator(SHOWN_CARDS).allTextContents();
  const fresh = await context.newPage();
  await fresh.goto(`technologies?q=o%20s&category=${both}`);
  await expect(fresh.locator(SHOWN_CARDS)).toHaveText(cards);
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.length).toBeLessThan(portfolio.technologies.length);

  // And typing goes on where it stopped.
  await page.keyboard.type('q');
  await expect(search).toHaveValue('o sq');
});

for (const how of ['/', 'Control+k', 'the Search button'] as const) {
  test(`search opened with ${how} before take-over opens in the app with what was typed`, async ({ page }) => {
    const app = await openHeld(page, 'technologies?q=py');
    await expect(copy(page).getByRole('searchbox', { name: 'Search technologies' })).toHaveValue('py');
    if (how === 'the Search button') await copy(page).getByRole('button', { name: 'Search' }).click();
    else await page.keyboard.press(how);
    const early = copy(page).getByRole('dialog', { name: 'Search the portfolio' });
    await expect(early).toBeVisible();
    await page.keyboard.type('djan');

    await app.done();
    const dialog = page.getByRole('dialog', { name: 'Search the portfolio' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('combobox', { name: 'Search for' });
    await expect(input).toHaveValue('djan');
    await expect(input).toBeFocused();
    await expect(dialog.getByRole('option').first()).toContainText('Django');
    await page.keyboard.type('go');
    await expect(input).toHaveValue('djan' + 'go');
    // The list's own filter is untouched.
    await expect(page).toHaveURL(/\/technologies\?q=py$/);
  });
}

test('a theme picked before take-over applies at once and stays', async ({ page }) => {
  const app = await openHeld(page, 'technologies?q=py');
  await expect(copy(page).getByRole('searchbox', { name: 'Search technologies' })).toHaveValue('py');
  await copy(page).getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.done();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('nexus-theme'))).toBe('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a link followed before take-over navigates', async ({ page }) => {
  const app = await openHeld(page, 'technologies?q=py');
  await expect(copy(page).getByRole('searchbox', { name: 'Search technologies' })).toHaveValue('py');
  const tech = portfolio.technologies[0];
  await copy(page).getByRole('link', { name: tech.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/technologies/${tech.id}$`));
  await app.done();
  await expect(page.locator('main h1')).toHaveText(tech.name);
});

test('the early-input script stays tiny: at most 1 KB as the .br file nginx serves', () => {
  const dist = join(__dirname, '..', '..', 'dist');
  const files = readdirSync(dist).filter((f) => /^early-[0-9a-f]+\.js\.br$/.test(f));
  expect(files).toHaveLength(1);
  expect(statSync(join(dist, files[0])).size).toBeLessThanOrEqual(1024);
});
