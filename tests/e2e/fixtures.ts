// Shared fixtures: every test fails if its page logs a console error, throws an uncaught
// exception, or violates the Content-Security-Policy. Helpers for the app's routes and content.
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export { expect };

/** The shipped content, as served from dist/ (the JSON the app renders). */
export type Portfolio = {
  title: string;
  program: string;
  overview: string;
  closing: string;
  sections: Record<'technologies' | 'concepts' | 'challenges' | 'practices', { title: string; intro?: string }>;
  categories: { id: string; name: string }[];
  technologies: { id: string; name: string; category: string; summary: string }[];
  concepts: { id: string; name: string; summary: string; details?: string[]; technologies?: string[] }[];
  challenges: { id: string; title: string; challenge: string; solution: string; technologies?: string[]; concepts?: string[] }[];
  practices: { id: string; name: string; summary: string }[];
};

const root = join(__dirname, '..', '..');
export const portfolioText = readFileSync(join(root, 'public', 'portfolio.json'), 'utf8');
export const portfolio: Portfolio = JSON.parse(portfolioText);

/** Content text as the page shows it: the `code` and **strong** markers are not text. */
export function shown(text: string): string {
  return text.replace(/\*\*/g, '').replace(/`/g, '');
}

/** Every route of the app with the heading it must show. */
export const routes: { name: string; path: string; heading: string }[] = [
  { name: 'overview', path: '', heading: portfolio.title },
  { name: 'technologies', path: 'technologies', heading: portfolio.sections.technologies.title },
  { name: 'technology', path: `technologies/${portfolio.technologies[0].id}`, heading: portfolio.technologies[0].name },
  { name: 'concepts', path: 'concepts', heading: portfolio.sections.concepts.title },
  { name: 'concept', path: `concepts/${portfolio.concepts[0].id}`, heading: portfolio.concepts[0].name },
  { name: 'challenges', path: 'challenges', heading: portfolio.sections.challenges.title },
  { name: 'challenge', path: `challenges/${portfolio.challenges[0].id}`, heading: portfolio.challenges[0].title },
  { name: 'practices', path: 'practices', heading: portfolio.sections.practices.title },
  { name: 'not-found', path: 'no-such-page', heading: 'Page not found' },
];

/** The page's main heading (the app renders exactly one h1 in <main>). */
export const heading = (page: Page) => page.locator('main h1');

/** Opens an app path (relative to the /nexus/ base) and waits until its heading is shown. */
export async function open(page: Page, path: string, expectedHeading?: string) {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  if (expectedHeading !== undefined) {
    await expect(heading(page)).toHaveText(expectedHeading);
  } else {
    await expect(heading(page)).toBeVisible();
  }
  return response!;
}

/**
 * make dist puts each route's rendered content into its HTML file, so a page shows content
 * before the app runs; the app then takes over and marks <html data-app="ready"> (or
 * data-app="failed" when it could not start). After every page load, wait for that, so a test
 * never clicks the static copy.
 */
function waitForAppAfterLoads(page: Page) {
  const ready = () => page.locator('html[data-app]').waitFor({ state: 'attached' });
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = (async (...args: Parameters<Page['goto']>) => {
    const response = await goto(...args);
    await ready();
    return response;
  }) as Page['goto'];
  page.reload = (async (...args: Parameters<Page['reload']>) => {
    const response = await reload(...args);
    await ready();
    return response;
  }) as Page['reload'];
}

type Fixtures = {
  /** Console errors that a test expects (e.g. the failed fetch it provoked); matched by text. */
  allowedConsoleErrors: RegExp | undefined;
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [undefined, { option: true }],
  context: async ({ context, allowedConsoleErrors }, use, testInfo) => {
    const problems: string[] = [];
    // Every page of the context, including ones a test opens itself (a copied URL in a new tab).
    const watch = (page: Page) => {
      waitForAppAfterLoads(page);
      page.on('console', (msg) => {
        const text = msg.text();
        if (/Content.Security.Policy|securitypolicyviolation/i.test(text)) {
          problems.push(`CSP: ${text}`);
        } else if (msg.type() === 'error' && !allowedConsoleErrors?.test(text)) {
          problems.push(`console.error: ${text} (${msg.location().url})`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
    };
    // Reports CSP violations even where the browser would not log them.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    context.on('page', watch);
    await use(context);
    testInfo.annotations.push(...problems.map((p) => ({ type: 'page problem', description: p })));
    expect(problems, 'console errors, uncaught exceptions, CSP violations or dialogs').toEqual([]);
  },
});
