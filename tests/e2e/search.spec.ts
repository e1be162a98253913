// The global search dialog, by keyboard only: shortcuts, typing, grouped and highlighted results,
// arrow keys, Enter, Escape with focus restored, a modal that keeps focus inside.
import { test, expect, open, portfolio, heading, type Page } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the portfolio' });
const box = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search for' });
const options = (page: Page) => dialog(page).getByRole('option');
const selected = (page: Page) => dialog(page).locator('[role=option][aria-selected=true]');
const status = (page: Page) => dialog(page).getByRole('status');

test('/ opens the dialog; results are grouped, highlighted and followed by the arrow keys', async ({ page }) => {
  await open(page, '', portfolio.title);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();

  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('');

  await page.keyboard.type('django');
  const technologies = dialog(page).getByRole('group', { name: 'Technologies' });
  const challenges = dialog(page).getByRole('group', { name: 'Challenges' });
  await expect(technologies.getByRole('option')).toHaveCount(1);
  await expect(technologies.getByRole('option').first()).toContainText('Django');
  await expect(technologies.locator('mark').first()).toHaveText('Django');
  await expect(challenges.getByRole('option', { name: /Slow database queries in Django/ })).toBeVisible();
  // Groups in the order of their best result: the exact title first.
  const groups = await dialog(page).getByRole('group').evaluateAll((els) => els.map((e) => e.getAttribute('aria-labelledby')));
  expect(groups[0]).toBe('search-group-technologies');

  // The first result is active; the arrow keys move and wrap.
  const count = await options(page).count();
  expect(count).toBeGreaterThan(1);
  await expect(selected(page)).toHaveCount(1);
  await expect(selected(page)).toContainText('Django');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', 'search-hit-0');
  await page.keyboard.press('ArrowDown');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', 'search-hit-1');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', `search-hit-${count - 1}`);
  await expect(status(page)).toHaveText(`${count} results.`);

  // Modal: Tab stays inside the dialog.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }

  // Escape closes it and gives focus back to where it was.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(skip).toBeFocused();
  await expect(page).toHaveURL(/\/nexus\/$/);
});

test('Ctrl+K opens it anywhere, Enter opens the active result', async ({ page }) => {
  await open(page, 'technologies', portfolio.sections.technologies.title);
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  // Challenge solution text, case-insensitive.
  await page.keyboard.type('PREFETCH');
  const challenge = portfolio.challenges.find((c) => c.solution.includes('prefetch_related'))!;
  await expect(options(page)).toHaveCount(1);
  await expect(options(page).first()).toContainText(challenge.title);
  await expect(options(page).first().locator('mark')).toHaveText(['prefetch']);
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/nexus/challenges/${challenge.id}$`));
  await expect(heading(page)).toHaveText(challenge.title);
  await expect(heading(page)).toBeFocused();

  // Meta+K (macOS) too; the last query is kept and selected, so typing replaces it.
  await page.keyboard.press('Meta+k');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('PREFETCH');
  await page.keyboard.type('redis');
  await expect(box(page)).toHaveValue('redis');
  const concept = portfolio.concepts.find((c) => c.summary.includes('Redis'))!;
  await expect(dialog(page).getByRole('group', { name: 'Concepts' }).getByRole('option')).toContainText([concept.name]);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(concept.name);
});

test('accents and case do not matter, and a query that matches nothing says so', async ({ page }) => {
  await open(page, '', portfolio.title);
  await page.keyboard.press('/');
  await page.keyboard.type('DÓCKËR');
  await expect(options(page).first()).toContainText('Docker');
  await expect(options(page).first().locator('mark')).toHaveText(['Docker']);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('zzqx');
  await expect(options(page)).toHaveCount(0);
  await expect(status(page)).toHaveText('Nothing matches “zzqx”.');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
});

test('/ typed into a text field is a character, not the shortcut', async ({ page }) => {
  await open(page, 'technologies', portfolio.sections.technologies.title);
  const filter = page.getByRole('searchbox', { name: 'Search technologies' });
  await filter.focus();
  await page.keyboard.type('ci/cd');
  await expect(filter).toHaveValue('ci/cd');
  await expect(dialog(page)).toBeHidden();
});

test('the header button opens it and practices are found too', async ({ page }) => {
  await open(page, '', portfolio.title);
  const button = page.getByRole('button', { name: 'Search' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(box(page)).toBeFocused();
  const practice = portfolio.practices[0];
  await page.keyboard.type(practice.name);
  const group = dialog(page).getByRole('group', { name: 'Practices' });
  await expect(group.getByRole('option').first()).toContainText(practice.name);
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

// The practices have no page of their own: a hit opens its entry on the practices page, which
// must end on screen and focused, not scrolled away by the page heading taking focus.
test('a practice opened from search ends on screen and focused, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page, '', portfolio.title);
  const practice = portfolio.practices[portfolio.practices.length - 1];
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type(practice.name);
  const hit = dialog(page).getByRole('group', { name: 'Practices' }).getByRole('option').first();
  await expect(hit).toContainText(practice.name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/practices#${practice.id}$`));
  const entry = page.locator(`main [id="${practice.id}"]`);
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport({ ratio: 0.5 });
  await expect(entry).toHaveAttribute('data-target', '');
  // Another section's page still starts at its heading.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Concepts' }).click();
  await expect(heading(page)).toBeFocused();
  await expect(page.locator('main [data-target]')).toHaveCount(0);
});
