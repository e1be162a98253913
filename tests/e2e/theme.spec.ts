// The theme switch: System / Light / Dark, remembered in localStorage and applied by
// public/theme.js before the first paint, so a reload shows the right colours before the wasm
// app has even started.
import { test, expect, open, portfolio, heading, type Page } from './fixtures';

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(15, 20, 27)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const scheme = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
const themes = (page: Page) => page.getByRole('group', { name: 'Colour theme' });

/** Reloads with the app's wasm held back and runs `check` on the page before it gets through. */
async function beforeTheAppOnReload(page: Page, check: () => Promise<void>) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const wasmRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.route('**/*_bg.wasm', async (route) => {
    requested();
    await held;
    await route.continue();
  });
  const reloading = page.reload();
  // The new page has asked for the wasm and not got it: the app cannot have run yet.
  await wasmRequested;
  await page.waitForFunction(() => document.body !== null);
  // The prerendered copy is on screen, but the app has not taken over.
  expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
  await check();
  release();
  await reloading;
  await page.unroute('**/*_bg.wasm');
}

test('Dark is applied at once, remembered, and shown before the app starts on reload', async ({ page }) => {
  await open(page, '', portfolio.title);
  await expect(themes(page).getByRole('radio', { name: 'System' })).toBeChecked();
  expect(await background(page)).toBe(LIGHT); // the tests' system setting is light

  // By keyboard: the arrow keys move through the radio group.
  await themes(page).getByRole('radio', { name: 'System' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(themes(page).getByRole('radio', { name: 'Light' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(themes(page).getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await background(page)).toBe(DARK);
  expect(await scheme(page)).toBe('dark');
  expect(await page.evaluate(() => localStorage.getItem('nexus-theme'))).toBe('dark');

  await beforeTheAppOnReload(page, async () => {
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(page)).toBe(DARK);
    expect(await scheme(page)).toBe('dark');
    expect(await page.locator('meta[name=color-scheme]').getAttribute('content')).toBe('dark');
  });
  await expect(heading(page)).toHaveText(portfolio.title);
  await expect(themes(page).getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await background(page)).toBe(DARK);
});

test('Light wins over a dark system, and System follows it again', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '', portfolio.title);
  expect(await background(page)).toBe(DARK);
  await themes(page).getByRole('radio', { name: 'Light' }).check();
  expect(await background(page)).toBe(LIGHT);
  expect(await scheme(page)).toBe('light');

  await beforeTheAppOnReload(page, async () => {
    expect(await background(page)).toBe(LIGHT);
    expect(await scheme(page)).toBe('light');
  });
  await expect(heading(page)).toHaveText(portfolio.title);

  await themes(page).getByRole('radio', { name: 'System' }).check();
  expect(await background(page)).toBe(DARK);
  expect(await page.evaluate(() => localStorage.getItem('nexus-theme'))).toBeNull();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
  await page.reload();
  await expect(heading(page)).toHaveText(portfolio.title);
  expect(await background(page)).toBe(DARK);
  await expect(themes(page).getByRole('radio', { name: 'System' })).toBeChecked();
});
