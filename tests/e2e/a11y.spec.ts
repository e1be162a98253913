// Accessibility: axe-core finds no WCAG 2.1 A/AA violation on any route, in the light and dark
// colour schemes, at 360 px and 1280 px wide. Each route's screenshot at both widths is saved as
// a test artifact (test-results/), and the README's screenshot comes from the same run.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { test, expect, open, routes, portfolio } from './fixtures';
import type { Page } from '@playwright/test';

const widths = [360, 1280] as const;
const schemes = ['light', 'dark'] as const;

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'),
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

for (const route of routes) {
  for (const scheme of schemes) {
    test(`axe: /${route.path} (${route.name}) in ${scheme}, 360 and 1280 px`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const width of widths) {
        await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
        await open(page, route.path, route.heading);
        await expectNoViolations(page, `/${route.path} ${scheme} ${width}px`);
        if (scheme === 'light') {
          const file = testInfo.outputPath(`${route.name}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          await testInfo.attach(`${route.name} at ${width} px`, { path: file, contentType: 'image/png' });
        }
      }
    });
  }
}

// The filters in use (pressed buttons, the empty state) and the error panel are states of their
// own that the routes above do not show.
for (const scheme of schemes) {
  test(`axe: filtered lists and the empty state in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await open(page, `technologies?category=${portfolio.categories[0].id},${portfolio.categories[3].id}&q=o`);
      await expect(page.locator('main button[aria-pressed="true"]')).toHaveCount(2);
      await expectNoViolations(page, `filtered technologies ${scheme} ${width}px`);
      await open(page, 'challenges?q=zzzz');
      await expect(page.locator('main')).toContainText('No challenges match these filters.');
      await expectNoViolations(page, `empty challenges ${scheme} ${width}px`);
      // Keyboard focus ring on a facet button.
      await page.locator('main button[data-facet]').first().focus();
      await expectNoViolations(page, `focused facet ${scheme} ${width}px`);
    }
  });
}

test.describe('error panel', () => {
  test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of 500/ });
  for (const scheme of schemes) {
    test(`axe: the error panel in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.route('**/nexus/portfolio.json', (route) => route.fulfill({ status: 500, body: 'down' }));
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto('technologies');
        await expect(page.getByRole('alert')).toContainText('HTTP 500');
        await expectNoViolations(page, `error panel ${scheme} ${width}px`);
      }
    });
  }
});

// README.md: "The technologies page, filtered to API design".
test('README screenshot: the technologies page at 1280 px, light, filtered to API design', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, 'technologies?category=api', portfolio.sections.technologies.title);
  await expect(page.locator('main button[data-value="api"]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('main h1').evaluate((h) => (h as HTMLElement).blur());
  await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'screenshot.png') });
});
