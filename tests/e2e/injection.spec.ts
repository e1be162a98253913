// Content is text, never markup: <script>, <img onerror> and javascript: links in the JSON are
// shown as inert text; no script runs, no dialog opens (the fixture fails the test on a dialog,
// a console error or a CSP violation).
import { test, expect, portfolioText, heading } from './fixtures';
import type { Page } from '@playwright/test';

const script = `<script>window.__pwned = 'script'; alert('script')</script>`;
const img = `<img src=x onerror="window.__pwned = 'img'; alert('img')">`;
const svg = `"><svg onload="alert('svg')">`;
const jsLink = `[click me](javascript:alert('link'))`;
const iframe = `<iframe src="javascript:alert('iframe')"></iframe>`;

function hostile() {
  const p = JSON.parse(portfolioText);
  p.title = `Nexus ${script}`;
  p.overview = `Overview ${img} and ${jsLink}`;
  p.technologies[0].name = `Python ${svg}`;
  p.technologies[0].summary = `Summary ${script} ${img} **bold ${img}** \`code ${script}\``;
  p.concepts[0].summary = `Concept ${jsLink} javascript:alert('text')`;
  p.concepts[0].details = [iframe, `<a href="javascript:alert('a')">a link</a>`];
  p.challenges[0].title = `Challenge ${img}`;
  p.challenges[0].solution = `Solution ${script}`;
  p.practices[0].summary = `Practice <style>body{display:none}</style> ${img}`;
  p.sections.technologies.intro = `Intro ${iframe}`;
  return p;
}

async function serve(page: Page, content: unknown) {
  await page.route('**/nexus/portfolio.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(content) }),
  );
  await page.addInitScript(() => {
    window.alert = (m?: unknown) => console.error(`alert ran: ${String(m)}`);
  });
}

async function expectInert(page: Page) {
  await expect(page.locator('body script, main img, main iframe, main svg, main style, main [onerror], main [onload]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(page.locator('body')).toBeVisible();
}

test('hostile strings in the content are shown as text on every page', async ({ page }) => {
  const p = hostile();
  await serve(page, p);

  await page.goto('');
  await expect(heading(page)).toHaveText(p.title);
  await expect(page.locator('main')).toContainText(img);
  await expect(page.locator('main')).toContainText(jsLink);
  await expectInert(page);

  await page.goto('technologies');
  await expect(page.locator('main')).toContainText(`Intro ${iframe}`);
  await expect(page.getByRole('heading', { name: p.technologies[0].name })).toBeVisible();
  await expectInert(page);

  await page.goto(`technologies/${p.technologies[0].id}`);
  await expect(heading(page)).toHaveText(p.technologies[0].name);
  await expect(page).toHaveTitle(new RegExp(p.technologies[0].name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.locator('main strong')).toContainText(`bold ${img}`);
  await expect(page.locator('main code')).toContainText(`code ${script}`);
  await expectInert(page);

  await page.goto(`concepts/${p.concepts[0].id}`);
  await expect(page.locator('main')).toContainText(`javascript:alert('text')`);
  await expect(page.locator('main')).toContainText(iframe);
  await expectInert(page);

  await page.goto(`challenges/${p.challenges[0].id}`);
  await expect(heading(page)).toHaveText(p.challenges[0].title);
  await expect(page.locator('main')).toContainText(`Solution ${script}`);
  await expectInert(page);

  await page.goto('practices');
  await expect(page.locator('main')).toContainText('<style>body{display:none}</style>');
  await expectInert(page);

  // The search box reflects typed markup as text too.
  await page.goto(`technologies?q=${encodeURIComponent(img)}`);
  await expect(page.getByRole('searchbox', { name: 'Search technologies' })).toHaveValue(img);
  await expectInert(page);
});

test('a javascript: link in the content never becomes a live link', async ({ page }) => {
  const p = JSON.parse(portfolioText);
  p.technologies[0].links = [{ label: `Click <b>me</b>`, url: `javascript:alert('link')` }];
  p.concepts[0].links = [{ label: 'Data', url: `data:text/html,<script>alert('data')</script>` }];
  await serve(page, p);
  await page.goto(`technologies/${p.technologies[0].id}`);
  // Either the validator rejects the link (and says where), or it is shown without the URL.
  const panel = page.getByRole('alert');
  await expect(heading(page).or(panel.getByRole('heading'))).toBeVisible();
  if (await panel.count()) {
    await expect(panel).toContainText('technologies[0].links[0].url');
    await expect(panel).toContainText('concepts[0].links[0].url');
  }
  await expectInert(page);
  await expect(page.locator('a[href^="data:" i]')).toHaveCount(0);
});
