// Shareable links: each technology, concept and challenge has a "Copy link" button that copies
// the absolute URL of its detail page and says so in a live region, every time.
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

test('a technology page copies its own absolute URL', async ({ page, baseURL }) => {
  const technology = portfolio.technologies[3];
  await open(page, `technologies/${technology.id}`, technology.name);
  await page.getByRole('button', { name: `Copy link to ${technology.name}` }).click();
  await expect(page.locator('.share').getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(`technologies/${technology.id}`, baseURL).href,
  );
});

test('every copy is announced, not only the first', async ({ page }) => {
  const concept = portfolio.concepts[0];
  await open(page, `concepts/${concept.id}`, concept.name);
  const status = page.locator('.share').getByRole('status');
  // Every text the live region takes on, as a screen reader would be told of it.
  await status.evaluate((region) => {
    const said: string[] = ((window as any).said = []);
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const button = page.getByRole('button', { name: `Copy link to ${concept.name}` });
  for (const copies of [1, 2, 3]) {
    await button.click();
    await expect
      .poll(() => page.evaluate(() => (window as any).said.filter((t: string) => t === 'Link copied').length))
      .toBe(copies);
  }
  await expect(status).toHaveText('Link copied');
});
