// Embedding: a page of another site pastes dist/embed.html; the app mounts into its
// <div id="nexus">, works (routes, filters, content) and leaves the host's own content alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, portfolio } from './fixtures';

const snippet = readFileSync(join(__dirname, '..', '..', 'dist', 'embed.html'), 'utf8');

const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host site</title>
${snippet.replace('<div id="nexus"></div>', '')}
</head><body>
<header id="host-header"><p>Host site header</p><a id="host-link" href="/nexus/practices">Host link outside the app</a></header>
<section id="host-content"><p>Text that belongs to the host.</p></section>
<div id="nexus"></div>
<footer id="host-footer">Host footer</footer>
</body></html>`;

test('the app works inside a host page and the host content survives', async ({ page, baseURL }) => {
  const host = new URL('/host/', baseURL).href;
  // The host page is served by the test itself; the bundle comes from nginx under /nexus/.
  await page.route(`${host}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: hostPage }),
  );
  await page.goto(host);
  const app = page.locator('#nexus');
  await expect(app.locator('main h1')).toHaveText(portfolio.title);
  await expect(page.locator('#host-header')).toContainText('Host site header');
  await expect(page.locator('#host-content')).toHaveText('Text that belongs to the host.');
  await expect(page.locator('#host-footer')).toHaveText('Host footer');
  await expect(page).toHaveTitle(`${portfolio.title} · Nexus`);

  // Routes live under the host page's path; filters keep working.
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Technologies' }).click();
  await expect(page).toHaveURL(`${host}technologies`);
  await expect(app.locator('main h1')).toHaveText(portfolio.sections.technologies.title);
  await app.locator('button[data-facet=category][data-value=devops]').click();
  await expect(page).toHaveURL(`${host}technologies?category=devops`);
  const devops = portfolio.technologies.filter((t) => t.category === 'devops').map((t) => t.name);
  await expect(app.locator('.results > li:not([hidden]) .card-title')).toHaveText(devops);
  await expect(page.locator('#host-content')).toHaveText('Text that belongs to the host.');

  // A host link outside the app's base is a normal navigation, not an app route.
  await page.locator('#host-link').click();
  await expect(page).toHaveURL(/\/nexus\/practices$/);
  await expect(page.locator('main h1')).toHaveText(portfolio.sections.practices.title);
  await expect(page.locator('#host-header')).toHaveCount(0);
});
