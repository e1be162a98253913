// What `make dist` writes for static hosts: one HTML file per route with its own head, the
// sitemap and robots.txt — checked as a crawler sees them (plain HTTP, no JavaScript).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, portfolio, shown } from './fixtures';

const dist = join(__dirname, '..', '..', 'dist');
/** The SITE_URL scripts/e2e.sh builds with. */
const site = process.env.E2E_SITE_URL ?? 'https://nexus.example/nexus/';

/** Every route of the content, as the app's router knows them. */
const pages = [
  { path: '', title: `${portfolio.title} · Nexus` },
  ...(['technologies', 'concepts', 'challenges', 'practices'] as const).map((s) => ({
    path: `${s}/`,
    title: `${portfolio.sections[s].title} · Nexus`,
  })),
  ...portfolio.technologies.map((t) => ({ path: `technologies/${t.id}/`, title: `${t.name} · Nexus`, description: t.summary })),
  ...portfolio.concepts.map((c) => ({ path: `concepts/${c.id}/`, title: `${c.name} · Nexus`, description: c.summary })),
  ...portfolio.challenges.map((c) => ({ path: `challenges/${c.id}/`, title: `${c.title} · Nexus` })),
];

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function head(html: string) {
  const one = (re: RegExp) => {
    const all = [...html.matchAll(re)];
    expect(all.length, `${re} occurs once`).toBe(1);
    return decode(all[0][1]);
  };
  return {
    title: one(/<title>([^<]*)<\/title>/g),
    description: one(/<meta name="description" content="([^"]*)">/g),
    canonical: one(/<link rel="canonical" href="([^"]*)">/g),
    ogTitle: one(/<meta property="og:title" content="([^"]*)">/g),
    ogUrl: one(/<meta property="og:url" content="([^"]*)">/g),
  };
}

test('every route file answers 200 with its own title, description and canonical URL', async ({ request }) => {
  const descriptions = new Set<string>();
  for (const page of pages) {
    for (const path of [page.path, page.path.replace(/\/$/, '')]) {
      const response = await request.get(path);
      expect(response.status(), `GET /nexus/${path}`).toBe(200);
      const h = head(await response.text());
      expect(h.title, path).toBe(page.title);
      expect(h.ogTitle).toBe(page.title);
      if ('description' in page && page.description) expect(h.description).toBe(shown(page.description));
      expect(h.description.length).toBeGreaterThan(20);
      expect(h.canonical).toBe(new URL(page.path, site).href);
      expect(h.ogUrl).toBe(h.canonical);
      descriptions.add(h.description);
    }
  }
  expect(descriptions.size, 'each page has its own description').toBe(pages.length);
});

test('the sitemap lists every route and robots.txt points to it', async ({ request }) => {
  const xml = await (await request.get('sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]).sort();
  expect(locs).toEqual(pages.map((p) => new URL(p.path, site).href).sort());
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${new URL('sitemap.xml', site).href}`);
});

test('404.html is the app with a noindex head, for hosts that serve it on unknown paths', async ({ request }) => {
  const response = await request.get('404.html');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<title>Page not found · Nexus</title>');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toContain('<base href="/nexus/">');
});

test('a route file shows the app after a reload, with one description that follows navigation', async ({ page }) => {
  const python = portfolio.technologies[0];
  await page.goto(`technologies/${python.id}/`);
  await expect(page.locator('main h1')).toHaveText(python.name);
  await expect(page).toHaveTitle(`${python.name} · Nexus`);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Practices' }).click();
  await expect(page).toHaveTitle(`${portfolio.sections.practices.title} · Nexus`);
  const descriptions = await page.locator('head meta[name=description]').evaluateAll((ms) =>
    ms.map((m) => (m as HTMLMetaElement).content),
  );
  expect(descriptions).toEqual([expect.stringContaining(portfolio.practices[0].name)]);
});

test('embed.html lists the bundle tags a host page needs', async () => {
  const snippet = readFileSync(join(dist, 'embed.html'), 'utf8');
  expect(snippet).toMatch(/<script[^>]* src=\/nexus\/loader-[0-9a-f]+\.js/);
  // The link that names the app's module and wasm (public/loader.js starts them from it).
  expect(snippet.match(/<link[^>]*rel="?nexus-app[^>]*>/)?.[0]).toMatch(/href="?\/nexus\/nexus-web-[0-9a-f]+\.js/);
  expect(snippet).toContain('<div id="nexus"></div>');
});

test('each page waits for one stylesheet, checked by its integrity, holding every style file', async ({ page, request }) => {
  for (const path of ['', 'technologies/', `challenges/${portfolio.challenges[0].id}/`]) {
    const html = await (await request.get(path)).text();
    const blocking = [...html.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\smedia=/.test(tag));
    expect(blocking, `${path}: render-blocking stylesheets`).toHaveLength(1);
    const href = blocking[0].match(/href="?([^"\s>]+)/)![1];
    const integrity = blocking[0].match(/integrity="?([^"\s>]+)/)![1];
    const css = await (await request.get(href)).body();
    expect(integrity, `${href}: SRI of the file served`).toBe(`sha384-${createHash('sha384').update(css).digest('base64')}`);
    // Every source file of style/ except the print sheet is in it, in index.html's order.
    const text = css.toString('utf8');
    const at = [':root[data-theme=dark]', '[hidden]', '.overview-grid', '.header-tools'].map((needle) => text.indexOf(needle));
    expect(at.every((i) => i >= 0), `${href} holds tokens, layout, components, tools: ${at}`).toBe(true);
    expect([...at].sort((a, b) => a - b), 'in index.html\'s order').toEqual(at);
  }
  // The browser accepted it (a wrong integrity would block it): the page is styled.
  await page.goto('technologies/');
  await expect(page.locator('html[data-app="ready"]')).toBeAttached();
  const styled = await page.evaluate(() => getComputedStyle(document.querySelector('.facet')!).cursor);
  expect(styled).toBe('pointer');
});

test('joining the stylesheets keeps the public URL trunk wrote: root, a sub-path or relative', async () => {
  for (const base of ['/', '/nexus/', '']) {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-css-'));
    writeFileSync(join(dir, 'a-1.css'), 'a{color:red}');
    writeFileSync(join(dir, 'b-2.css'), 'b{color:blue}');
    writeFileSync(join(dir, 'p-3.css'), 'p{color:black}');
    writeFileSync(join(dir, 'index.html'),
      `<html><head><link href=${base}a-1.css rel=stylesheet><link href=${base}b-2.css rel=stylesheet>` +
      `<link href=${base}p-3.css media=print rel=stylesheet></head></html>`);
    execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'bundle-css.mjs'), dir]);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const joined = html.match(/<link href="([^"]+)"[^>]*rel="stylesheet">/)![1];
    expect(joined, `base "${base}"`).toMatch(new RegExp(`^${base.replace(/\//g, '\\/')}style-[0-9a-f]{16}\\.css$`));
    expect(readFileSync(join(dir, joined.slice(base.length)), 'utf8')).toBe('a{color:red}\nb{color:blue}\n');
    expect(html, 'the print sheet stays apart').toContain(`<link href=${base}p-3.css media=print rel=stylesheet>`);
    expect(existsSync(join(dir, 'a-1.css')) || existsSync(join(dir, 'b-2.css')), 'the joined files are gone').toBe(false);
    rmSync(dir, { recursive: true });
  }
});
