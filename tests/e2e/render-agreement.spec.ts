// One renderer: each route file holds its page rendered natively by the app's own components
// (`nexus build-site`, src/render.rs), and the app's DOM after take-over must say the same — the
// same text, headings, links and landmarks — for every route of the shipped portfolio and of the
// four imported fixtures (scripts/e2e.sh builds their sites in .tmp/e2e-sites/). The route file
// read with JavaScript disabled is also axe-clean, and an unknown id gets the 404 page.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { Browser, Page } from '@playwright/test';

const root = join(__dirname, '..', '..');
const SITES: Record<string, string> = {
  shipped: join(root, 'dist'),
  'seed-shape': join(root, '.tmp', 'e2e-sites', 'seed-shape'),
  'headings-and-tables': join(root, '.tmp', 'e2e-sites', 'headings-and-tables'),
  'projects-and-extras': join(root, '.tmp', 'e2e-sites', 'projects-and-extras'),
  'overview-with-a-list': join(root, '.tmp', 'e2e-sites', 'overview-with-a-list'),
};

/** Every route of a site, as app paths relative to the base, from its sitemap. */
function routesOf(dir: string): string[] {
  const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>[^<]*?\/nexus\/([^<]*)<\/loc>/g)].map((m) => m[1]);
}

/** Serves an imported fixture's site (its route files and portfolio.json) in place of dist/'s;
 * the bundle's other files still come from nginx. */
async function serveSite(page: Page, dir: string) {
  if (dir === SITES.shipped) return;
  await page.route('**/nexus/**', async (route) => {
    const url = new URL(route.request().url());
    const rel = decodeURIComponent(url.pathname.replace(/^\/nexus\/?/, ''));
    if (rel === 'portfolio.json') {
      return route.fulfill({ path: join(dir, 'portfolio.json'), contentType: 'application/json' });
    }
    if (route.request().resourceType() !== 'document') return route.fallback();
    const file = join(dir, rel, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    return route.fulfill({
      status: found ? 200 : 404,
      path: found ? file : join(dir, '404.html'),
      contentType: 'text/html',
    });
  });
}

type Snapshot = { text: string; headings: string[]; links: string[]; landmarks: string[] };

/** What a reader gets from the page's content: inside `#prerendered` for the route file, the
 * whole body for the app. */
async function snapshot(page: Page, selector: string): Promise<Snapshot> {
  const root = page.locator(selector).first();
  await expect(root).toBeAttached();
  return root.evaluate((el) => {
    const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('script, noscript').forEach((e) => e.remove());
    const each = (css: string, read: (e: Element) => string) => [...copy.querySelectorAll(css)].map((e) => squash(read(e)));
    return {
      text: squash(copy.textContent),
      headings: each('h1, h2, h3, h4, h5, h6', (e) => `${e.tagName}: ${e.textContent}`),
      links: each('a[href]', (e) => `${e.getAttribute('href')} ${e.textContent}`),
      landmarks: each('header, nav, main, footer, aside, [role=search], [role=region]', (e) =>
        `${e.getAttribute('role') ?? e.tagName} ${e.getAttribute('aria-label') ?? ''}`),
    };
  });
}

/** A page on the route files with the site's JavaScript off: in a context without JavaScript,
 * or (for axe, which runs as a script) with every script and wasm file of the site refused. */
async function staticCopy(browser: Browser, baseURL: string, dir: string, path: string, how: 'no-js' | 'no-app' = 'no-js') {
  const context = await browser.newContext({ javaScriptEnabled: how !== 'no-js', baseURL });
  const page = await context.newPage();
  if (how === 'no-app') await page.route(/\.(js|wasm)$/, (route) => route.abort());
  await serveSite(page, dir);
  await page.goto(path);
  return { context, page };
}

for (const [name, dir] of Object.entries(SITES)) {
  test(`${name}: every route file and the app after take-over agree`, async ({ page, browser, baseURL }) => {
    test.skip(!existsSync(join(dir, 'sitemap.xml')), `${dir} not built (scripts/e2e.sh builds it)`);
    test.setTimeout(120_000);
    const paths = routesOf(dir);
    expect(paths.length).toBeGreaterThan(3);
    await serveSite(page, dir);
    const { context, page: plain } = await staticCopy(browser, baseURL!, dir, paths[0]);
    try {
      for (const path of paths) {
        await plain.goto(path);
        const copy = await snapshot(plain, '#prerendered');
        expect(copy.headings.length, `${path}: the route file has its headings`).toBeGreaterThan(0);
        await page.goto(path);
        await expect(page.locator('html[data-app="ready"]')).toBeAttached();
        await expect(page.locator('#prerendered')).toHaveCount(0);
        const app = await snapshot(page, 'body');
        expect(app, `${name} /${path}: the app's page and the route file's copy`).toEqual(copy);
      }
    } finally {
      await context.close();
    }
  });
}

test('without the app (scripts refused), every kind of route file reads and is axe-clean', async ({ browser, baseURL }) => {
  const paths = routesOf(SITES.shipped);
  const kinds = ['', 'technologies/', 'technologies/python/', 'challenges/', 'practices/', 'concepts/'];
  for (const path of kinds) expect(paths).toContain(path);
  const { context, page } = await staticCopy(browser, baseURL!, SITES.shipped, '', 'no-app');
  try {
    for (const path of kinds) {
      await page.goto(path);
      await expect(page.locator('#prerendered main h1')).toBeVisible();
      await expect(page.locator('noscript')).toHaveCount(1);
      await expect(page.locator('html[data-app]')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `/${path}`).toEqual([]);
    }
  } finally {
    await context.close();
  }
});

test('an unknown path gets the 404 page, from 404.html and from the app', async ({ page, browser, baseURL }) => {
  // 404.html is what GitHub Pages and the like serve for any unknown path.
  const notFound = readFileSync(join(SITES.shipped, '404.html'), 'utf8');
  expect(notFound).toMatch(/<div id="?prerendered"?>.*<h1 id="page-title">Page not found<\/h1>/s);
  expect(notFound).toContain('<meta name="robots" content="noindex">');
  const { context, page: plain } = await staticCopy(browser, baseURL!, SITES.shipped, '404.html');
  try {
    const copy = await snapshot(plain, '#prerendered');
    for (const path of ['no-such-page', 'technologies/no-such-id']) {
      await page.goto(path);
      await expect(page.locator('main h1')).toHaveText('Page not found');
      if (path === 'no-such-page') expect(await snapshot(page, 'body')).toEqual(copy);
    }
  } finally {
    await context.close();
  }
});
