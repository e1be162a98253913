// Shareable links: each challenge and concept has a "Copy link" button that copies the absolute
// URL of its detail page and says so in a live region.
import { test, expect, open, portfolio, heading } from './fixtures';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a challenge page copies its own absolute URL and announces it', async ({ page, baseURL }) => {
  const challenge = portfolio.challenges[1];
  await open(page, `challenges/${challenge.id}`, challenge.title);
  const button = page.getByRole('button', { name: `Copy link to ${challenge.title}` });
  await button.focus();
  await page.keyboard.press('Enter');
  const status = page.locator('.share').getByRole('status');
  await expect(status).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(`challenges/${challenge.id}`, baseURL).href);

  // The copied URL opens the same page.
  await page.goto(copied);
  await expect(heading(page)).toHaveText(challenge.title);
});

test('concept cards copy the URL of their detail page', async ({ page, baseURL }) => {
  await open(page, 'concepts', portfolio.sections.concepts.title);
  const concept = portfolio.concepts[2];
  await page.getByRole('button', { name: `Copy link to ${concept.name}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(`concepts/${concept.id}`, baseURL).href,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
});
