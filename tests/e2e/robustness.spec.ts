// Junk in the URL: unknown routes and ids show the 404 page, junk query values are ignored;
// neither logs a console error (the fixture checks).
import { test, expect, open, portfolio, heading } from './fixtures';

const unknown = [
  'no-such-page',
  'technologies/no-such-technology',
  'concepts/no-such-concept',
  'challenges/no-such-challenge',
  'technologies/python/extra',
  'practices/clean-code',
  'Technologies',
  '%E2%9C%93%20%3Cscript%3E',
  'technologies/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
];

test('unknown routes and ids show "Page not found" with a way back', async ({ page }) => {
  for (const path of unknown) {
    await open(page, path, 'Page not found');
    await expect(page).toHaveTitle(/Page not found/);
    await expect(page.locator('img')).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(heading(page)).toHaveText(portfolio.title);
});

test('junk query strings are ignored on every page', async ({ page }) => {
  const junk = '?zzz=1&%%&q&=x&category=&tech=%ZZ&a=%E0%A4%A&&&#frag';
  for (const path of ['', 'technologies/python', 'concepts', 'practices']) {
    await open(page, path + junk);
  }
  // Unknown facet values are dropped, known ones kept; the text box shows decoded text.
  const total = portfolio.technologies.length;
  await open(page, 'technologies?category=nope,devops,,DEVOPS,devops&q=&colour=red');
  await expect(page.locator('main button[aria-pressed="true"]')).toHaveCount(1);
  await expect(page.locator('main button[data-value="devops"]')).toHaveAttribute('aria-pressed', 'true');
  const devops = portfolio.technologies.filter((t) => t.category === 'devops').length;
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(`Showing ${devops} of ${total} technologies`);

  await open(page, 'technologies?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%20%F0%9F%A6%80%25');
  await expect(page.getByRole('searchbox', { name: 'Search technologies' })).toHaveValue('<script>alert(1)</script> 🦀%');
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(`Showing 0 of ${total} technologies`);

  await open(page, 'challenges?tech=nope&concept=%00&q=%');
  await expect(page.locator('main button[aria-pressed="true"]')).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search challenges' })).toHaveValue('%');

  // A very long query does not break the page either.
  await open(page, `technologies?q=${'a'.repeat(3000)}&category=${'x,'.repeat(500)}`);
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(`Showing 0 of ${total} technologies`);
});
