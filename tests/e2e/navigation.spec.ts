// Navigation by links, back/forward, and a reload of every deep link (HTTP 200 with content).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, open, portfolio, routes, heading } from './fixtures';

test('links lead through every section and back/forward retrace them', async ({ page }) => {
  await open(page, '', portfolio.title);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(page.locator('header a:has(.brand)')).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('a[aria-current]')).toHaveCount(0);

  await nav.getByRole('link', { name: 'Technologies' }).click();
  await expect(page).toHaveURL(/\/nexus\/technologies$/);
  await expect(heading(page)).toHaveText(portfolio.sections.technologies.title);
  await expect(nav.getByRole('link', { name: 'Technologies' })).toHaveAttribute('aria-current', 'page');

  // Content links are plain <a>: the router still handles them, with no page load.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const tech = portfolio.technologies[1];
  await page.locator('main').getByRole('link', { name: tech.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/nexus/technologies/${tech.id}$`));
  await expect(heading(page)).toHaveText(tech.name);
  // On an item page its section stays the current one; the brand link is current on the overview only.
  await expect(nav.getByRole('link', { name: 'Technologies' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('a[aria-current]')).toHaveCount(1);
  await expect(page.locator('header a:has(.brand)')).not.toHaveAttribute('aria-current');
  // Focus moves to the new page's heading, so keyboard and screen reader users start there.
  await expect(heading(page)).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  await nav.getByRole('link', { name: 'Concepts' }).click();
  await expect(heading(page)).toHaveText(portfolio.sections.concepts.title);
  const concept = portfolio.concepts[0];
  await page.locator('main').getByRole('link', { name: concept.name, exact: true }).click();
  await expect(heading(page)).toHaveText(concept.name);

  await nav.getByRole('link', { name: 'Challenges' }).click();
  await expect(heading(page)).toHaveText(portfolio.sections.challenges.title);
  const challenge = portfolio.challenges[0];
  await page.locator('main').getByRole('link', { name: challenge.title, exact: true }).click();
  await expect(heading(page)).toHaveText(challenge.title);
  // Breadcrumb back to the list.
  await page.locator('main').getByRole('link', { name: 'Challenges', exact: true }).first().click();
  await expect(page).toHaveURL(/\/nexus\/challenges$/);

  await nav.getByRole('link', { name: 'Practices' }).click();
  await expect(heading(page)).toHaveText(portfolio.sections.practices.title);
  await page.getByRole('link', { name: 'Nexus' }).first().click();
  await expect(page).toHaveURL(/\/nexus\/$/);
  await expect(heading(page)).toHaveText(portfolio.title);

  // Back through the history, then forward again.
  const back = [
    portfolio.sections.practices.title,
    portfolio.sections.challenges.title,
    challenge.title,
    portfolio.sections.challenges.title,
    concept.name,
    portfolio.sections.concepts.title,
    tech.name,
    portfolio.sections.technologies.title,
    portfolio.title,
  ];
  for (const title of back) {
    await page.goBack();
    await expect(heading(page)).toHaveText(title);
  }
  for (const title of back.reverse().slice(1)) {
    await page.goForward();
    await expect(heading(page)).toHaveText(title);
  }
  await page.goForward();
  await expect(heading(page)).toHaveText(portfolio.title);
});

test('relations link between detail pages', async ({ page }) => {
  const challenge = portfolio.challenges.find((c) => (c.technologies ?? []).length > 0)!;
  const tech = portfolio.technologies.find((t) => t.id === challenge.technologies![0])!;
  await open(page, `challenges/${challenge.id}`, challenge.title);
  await page.locator('main').getByRole('link', { name: tech.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/technologies/${tech.id}$`));
  await expect(heading(page)).toHaveText(tech.name);
  await page.locator('main').getByRole('link', { name: challenge.title, exact: true }).click();
  await expect(heading(page)).toHaveText(challenge.title);
  // The category badge of a technology opens the list filtered by that category.
  await open(page, `technologies/${tech.id}`, tech.name);
  const category = portfolio.categories.find((c) => c.id === tech.category)!;
  await page.locator('main').getByRole('link', { name: category.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/technologies\\?category=${category.id}$`));
  await expect(page.locator(`main button[data-facet="category"][data-value="${category.id}"]`)).toHaveAttribute('aria-pressed', 'true');
});

test('skip link moves focus to the main content', async ({ page }) => {
  await open(page, 'technologies', portfolio.sections.technologies.title);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

// Every deep link, the technologies and challenges of the content included, loads on its own
// from the server (nginx's index.html fallback) with HTTP 200, and again after a reload.
const deepLinks = [
  ...routes.map((r) => ({ path: r.path, heading: r.heading })),
  ...portfolio.technologies.map((t) => ({ path: `technologies/${t.id}`, heading: t.name })),
  ...portfolio.concepts.map((c) => ({ path: `concepts/${c.id}`, heading: c.name })),
  ...portfolio.challenges.map((c) => ({ path: `challenges/${c.id}`, heading: c.title })),
  { path: `technologies?category=${portfolio.categories[0].id}`, heading: portfolio.sections.technologies.title },
];

test('every deep link loads directly and on reload with HTTP 200', async ({ page }) => {
  // About a hundred page loads: 25–30 s on a busy 2-core machine, past the default 30 s.
  test.setTimeout(90_000);
  for (const link of deepLinks) {
    await open(page, link.path, link.heading);
    const reload = await page.reload();
    expect(reload?.status(), `reload of ${link.path}`).toBe(200);
    await expect(heading(page)).toHaveText(link.heading);
  }
});

test('the server: headers, sub-path redirect, real 404 for missing assets', async ({ request, baseURL }) => {
  const index = await request.get('technologies/python');
  expect(index.status()).toBe(200);
  const headers = index.headers();
  expect(headers['content-type']).toContain('text/html');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

  // A prerendered route file, when make dist wrote one, is what the server answers.
  const python = portfolio.technologies.find((t) => t.id === 'python')!;
  // The app's files are named relative to the <base href> the site was built for (nexus build
  // sets it on a bundle built for ./), so they resolve from any depth.
  expect(await index.text()).toContain('<base href="/nexus/">');
  expect(await index.text()).toMatch(/src=\.\/loader-[0-9a-f]+\.js/);
  if ((await request.get('technologies/python/index.html')).ok()) {
    expect(await index.text()).toContain(`<title>${python.name}`);
  }

  const json = await request.get('portfolio.json', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(json.status()).toBe(200);
  expect(json.headers()['cache-control']).toBe('no-cache');
  expect(json.headers()['content-encoding']).toBe('gzip');

  const html = await index.text();
  const wasm = html.match(/data-wasm="?(nexus-web-[0-9a-f]+_bg\.wasm)/)?.[1];
  expect(wasm, 'hashed wasm in index.html').toBeTruthy();
  const asset = await request.get(wasm!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['content-type']).toBe('application/wasm');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  // Served from the .gz that make dist wrote (gzip_static), not compressed per request.
  const gz = statSync(join(__dirname, '..', '..', 'dist', `${wasm}.gz`)).size;
  expect(Number(asset.headers()['content-length'])).toBe(gz);
  expect((await asset.body()).length).toBe(statSync(join(__dirname, '..', '..', 'dist', wasm!)).size);
  // A browser that offers br gets the .br file (brotli_static), still as application/wasm so
  // instantiateStreaming compiles it while it downloads.
  const br = await request.get(wasm!, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
  expect(br.status()).toBe(200);
  expect(br.headers()['content-encoding']).toBe('br');
  expect(br.headers()['content-type']).toBe('application/wasm');
  expect(br.headers()['vary']).toBe('Accept-Encoding');
  expect(br.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(Number(br.headers()['content-length'])).toBe(statSync(join(__dirname, '..', '..', 'dist', `${wasm}.br`)).size);

  const missing = await request.get('nexus-web-0123456789abcdef.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBe('no-cache');

  const bare = await request.get(new URL('/nexus', baseURL).href, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toMatch(/\/nexus\/$/);
});
