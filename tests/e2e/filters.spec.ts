// Both filters, by mouse and by keyboard only: URL updates, reload keeps the filter, back restores
// the previous one, and a copied URL opened in a new page shows the same view.
import { test, expect, open, portfolio, heading, type Portfolio } from './fixtures';
import type { Page } from '@playwright/test';

const techCount = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing/ });
const facet = (page: Page, label: string) =>
  page.locator('main').getByRole('button', { name: new RegExp(`^✓?\\s*${label.replace(/[/.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\d+$`) });
const search = (page: Page, noun: string) => page.getByRole('searchbox', { name: `Search ${noun}` });

const byCategory = (id: string) => portfolio.technologies.filter((t) => t.category === id);
// Two categories with technologies, and a word that matches exactly one technology.
const [catA, catB] = portfolio.categories.filter((c) => byCategory(c.id).length > 0);
const docker = portfolio.technologies.find((t) => t.id === 'docker')!;
const total = portfolio.technologies.length;
/** The titles of the cards a visitor sees: a filter hides rows (`hidden`), it does not remove them. */
const SHOWN_CARDS = 'main .results > li:not([hidden]) article.card h2';

/** The view a URL shows: the search text, the pressed facets and the count. */
async function view(page: Page, noun: string) {
  return {
    text: await search(page, noun).inputValue(),
    pressed: await page.locator('main button[aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? e.textContent)),
    count: await page.getByRole('status').filter({ hasText: /^Showing/ }).textContent(),
    cards: await page.locator(SHOWN_CARDS).allTextContents(),
  };
}

test('technologies filter by mouse: text and categories in the URL, reload, back, copied URL', async ({ page, context }) => {
  await open(page, 'technologies', portfolio.sections.technologies.title);
  await expect(techCount(page)).toHaveText(`Showing ${total} of ${total} technologies`);

  // Typing replaces the history entry.
  await search(page, 'technologies').click();
  await search(page, 'technologies').pressSequentially('dock');
  await expect(page).toHaveURL(/\/technologies\?q=dock$/);
  await expect(techCount(page)).toHaveText(`Showing 1 of ${total} technologies`);
  await expect(page.locator(SHOWN_CARDS)).toHaveText([docker.name]);

  await search(page, 'technologies').fill('');
  await expect(page).toHaveURL(/\/technologies$/);
  await expect(techCount(page)).toHaveText(`Showing ${total} of ${total} technologies`);

  // Facet clicks push entries.
  await facet(page, catA.name).click();
  await expect(facet(page, catA.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`\\?category=${catA.id}$`));
  await expect(techCount(page)).toHaveText(`Showing ${byCategory(catA.id).length} of ${total} technologies`);

  await facet(page, catB.name).click();
  const both = [catA.id, catB.id].sort().join(',');
  await expect(page).toHaveURL(new RegExp(`\\?category=${both}$`));
  const n = byCategory(catA.id).length + byCategory(catB.id).length;
  await expect(techCount(page)).toHaveText(`Showing ${n} of ${total} technologies`);
  await expect(page.locator(SHOWN_CARDS)).toHaveText(
    portfolio.technologies.filter((t) => [catA.id, catB.id].includes(t.category)).map((t) => t.name),
  );

  // Reload keeps the filter.
  expect((await page.reload())?.status()).toBe(200);
  await expect(facet(page, catA.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(facet(page, catB.name)).toHaveAttribute('aria-pressed', 'true');
  await expect(techCount(page)).toHaveText(`Showing ${n} of ${total} technologies`);

  // A copied URL in a new page shows the same view.
  const copied = page.url();
  const before = await view(page, 'technologies');
  const other = await context.newPage();
  await other.goto(copied);
  await expect(heading(other)).toHaveText(portfolio.sections.technologies.title);
  await expect(techCount(other)).toHaveText(`Showing ${n} of ${total} technologies`);
  expect(await view(other, 'technologies')).toEqual(before);
  await other.close();

  // Back restores the previous filter: first one category, then none.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?category=${catA.id}$`));
  await expect(facet(page, catB.name)).toHaveAttribute('aria-pressed', 'false');
  await expect(facet(page, catA.name)).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page).toHaveURL(/\/technologies$/);
  await expect(facet(page, catA.name)).toHaveAttribute('aria-pressed', 'false');
  await expect(search(page, 'technologies')).toHaveValue('');
  await page.goForward();
  await expect(facet(page, catA.name)).toHaveAttribute('aria-pressed', 'true');

  // Clear filters.
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/technologies$/);
  await expect(techCount(page)).toHaveText(`Showing ${total} of ${total} technologies`);
});

test('technologies filter by keyboard only: Tab, typing, Space and Enter', async ({ page }) => {
  await open(page, 'technologies', portfolio.sections.technologies.title);
  const box = search(page, 'technologies');
  // Tab from the top of the page to the search box.
  for (let i = 0; i < 20 && !(await box.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(box).toBeFocused();
  await page.keyboard.type('dock');
  await expect(page).toHaveURL(/\?q=dock$/);
  await expect(techCount(page)).toHaveText(`Showing 1 of ${total} technologies`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(page).toHaveURL(/\/technologies$/);

  // Tab to the first category and press it with Space, the second with Enter.
  const buttons = page.locator('main button[data-facet="category"]');
  await page.keyboard.press('Tab');
  await expect(buttons.nth(0)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(buttons.nth(0)).toHaveAttribute('aria-pressed', 'true');
  const first = portfolio.categories[0];
  await expect(page).toHaveURL(new RegExp(`\\?category=${first.id}$`));
  await page.keyboard.press('Tab');
  await expect(buttons.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(buttons.nth(1)).toHaveAttribute('aria-pressed', 'true');
  const second = portfolio.categories[1];
  await expect(page).toHaveURL(new RegExp(`\\?category=${[first.id, second.id].sort().join(',')}$`));
  // Focus stays on the pressed button; Space again turns it off.
  await expect(buttons.nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(buttons.nth(1)).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(new RegExp(`\\?category=${first.id}$`));
  await expect(techCount(page)).toHaveText(`Showing ${byCategory(first.id).length} of ${total} technologies`);
});

test('challenges filter: text, technology and concept by mouse and keyboard', async ({ page, context }) => {
  const c = portfolio.challenges.find((x) => (x.technologies ?? []).length && (x.concepts ?? []).length)
    ?? portfolio.challenges.find((x) => (x.technologies ?? []).length)!;
  const all = portfolio.challenges.length;
  const count = page.getByRole('status').filter({ hasText: /^Showing/ });
  const tech = portfolio.technologies.find((t) => t.id === c.technologies![0])!;
  const withTech = portfolio.challenges.filter((x) => x.technologies?.includes(tech.id));

  await open(page, 'challenges', portfolio.sections.challenges.title);
  await expect(count).toHaveText(`Showing ${all} of ${all} challenges`);

  await page.locator(`main button[data-facet="tech"][data-value="${tech.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/challenges\\?tech=${tech.id}$`));
  await expect(count).toHaveText(`Showing ${withTech.length} of ${all} challenges`);

  let expectedUrl = new RegExp(`\\?tech=${tech.id}$`);
  if ((c.concepts ?? []).length) {
    const concept = c.concepts![0];
    const button = page.locator(`main button[data-facet="concept"][data-value="${concept}"]`);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    expectedUrl = new RegExp(`\\?tech=${tech.id}&concept=${concept}$`);
    await expect(page).toHaveURL(expectedUrl);
    const n = withTech.filter((x) => x.concepts?.includes(concept)).length;
    await expect(count).toHaveText(`Showing ${n} of ${all} challenges`);
  }

  // A word that is in no challenge: the empty state, with a way out.
  const box = search(page, 'challenges');
  await box.focus();
  await page.keyboard.type('zzzz');
  await expect(count).toHaveText(`Showing 0 of ${all} challenges`);
  await expect(page.locator('main')).toContainText('No challenges match these filters.');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(page).toHaveURL(expectedUrl);

  // A word from the solution text finds it.
  const word = c.solution.split(/\W+/).find((w) => w.length > 6)!;
  await box.fill(word);
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}&tech=`));
  await expect(page.locator(SHOWN_CARDS)).toContainText([c.title]);

  const before = await view(page, 'challenges');
  expect((await page.reload())?.status()).toBe(200);
  await expect(box).toHaveValue(word);
  expect(await view(page, 'challenges')).toEqual(before);

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(search(other, 'challenges')).toHaveValue(word);
  expect(await view(other, 'challenges')).toEqual(before);
  await other.close();

  // Back: typing replaced entries, so one step back is the view before the last facet click.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/challenges\\?tech=${tech.id}$`));
  await expect(box).toHaveValue('');
  await page.goBack();
  await expect(page).toHaveURL(/\/challenges$/);
  await expect(count).toHaveText(`Showing ${all} of ${all} challenges`);
});

export type { Portfolio };
