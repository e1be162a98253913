// The portfolio.json fetch failing: the error panel names the problem, Retry recovers once the
// fetch works again.
import { test, expect, portfolio, portfolioText, heading } from './fixtures';
import type { Page, Route } from '@playwright/test';

// The browser logs a failed request as a console error; that one is expected here.
test.use({
  allowedConsoleErrors: /Failed to load resource: (the server responded with a status of (404|500)|net::ERR_CONNECTION_REFUSED)/,
});

const failures: { name: string; fulfil: (route: Route) => Promise<void>; message: RegExp }[] = [
  {
    name: 'HTTP 404',
    fulfil: (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not Found</h1>' }),
    message: /portfolio\.json answered HTTP 404/,
  },
  {
    name: 'HTTP 500',
    fulfil: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' }),
    message: /portfolio\.json answered HTTP 500/,
  },
  {
    name: 'invalid JSON',
    fulfil: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"title": "Nexus", oops}' }),
    message: /portfolio\.json is not valid JSON: line 1, column \d+/,
  },
  {
    name: 'a truncated body',
    fulfil: (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: portfolioText.slice(0, Math.floor(portfolioText.length / 2)) }),
    message: /portfolio\.json is not valid JSON: line \d+, column \d+: EOF/,
  },
  {
    name: 'an empty body',
    fulfil: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '' }),
    message: /portfolio\.json is not valid JSON/,
  },
  {
    name: 'content that breaks the rules',
    fulfil: (route) => {
      const broken = JSON.parse(portfolioText);
      broken.technologies[0].category = 'no-such-category';
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) });
    },
    message: /portfolio\.json has 1 problem/,
  },
];

async function failThenRecover(page: Page, fulfil: (route: Route) => Promise<void>) {
  let failing = true;
  let requests = 0;
  await page.route('**/nexus/portfolio.json', async (route) => {
    requests++;
    if (failing) await fulfil(route);
    else await route.continue();
  });
  return {
    recover: () => {
      failing = false;
    },
    requests: () => requests,
  };
}

for (const failure of failures) {
  test(`a fetch answered with ${failure.name} shows the error panel, Retry recovers`, async ({ page }) => {
    const server = await failThenRecover(page, failure.fulfil);
    const response = await page.goto('technologies');
    expect(response?.status()).toBe(200);
    const panel = page.getByRole('alert');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('The portfolio could not be loaded');
    await expect(panel).toContainText(failure.message);
    await expect(page).toHaveTitle(/Could not load the portfolio/);

    // Retry while it still fails: the panel stays, with the same message.
    const before = server.requests();
    await panel.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(server.requests).toBeGreaterThan(before);
    await expect(page.getByRole('alert')).toContainText(failure.message);

    server.recover();
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await expect(heading(page)).toHaveText(portfolio.sections.technologies.title);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
      `Showing ${portfolio.technologies.length} of ${portfolio.technologies.length} technologies`,
    );
    // The deep link is still the page shown after recovery.
    await expect(page).toHaveURL(/\/nexus\/technologies$/);
  });
}

test('the rule problems are listed with their JSON paths', async ({ page }) => {
  await page.route('**/nexus/portfolio.json', (route) => {
    const broken = JSON.parse(portfolioText);
    broken.technologies[0].category = 'no-such-category';
    broken.challenges[0].technologies = ['no-such-technology'];
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) });
  });
  await page.goto('');
  const problems = page.getByRole('alert').getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('technologies[0].category');
  await expect(problems.nth(1)).toContainText('challenges[0].technologies[0]');
});

test('a network failure shows the error panel, Retry recovers', async ({ page }) => {
  let failing = true;
  await page.route('**/nexus/portfolio.json', (route) => (failing ? route.abort('connectionrefused') : route.continue()));
  await page.goto('concepts');
  await expect(page.getByRole('alert')).toContainText(/Could not reach .*portfolio\.json/);
  failing = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(heading(page)).toHaveText(portfolio.sections.concepts.title);
});

test('the app failing to start keeps the prerendered page and says so; Reload recovers', async ({ page }) => {
  // A deploy replaced the files, or the connection dropped: the wasm is not there.
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'gone' }));
  await page.goto('technologies');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'failed');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('The interactive part of this page could not load');
  await expect(notice).toContainText(/_bg\.wasm answered HTTP 404/);
  // The content is all there, read from the page's HTML.
  await expect(heading(page)).toHaveText(portfolio.sections.technologies.title);
  for (const t of portfolio.technologies) await expect(page.locator('main')).toContainText(t.name);

  await page.unroute('**/*_bg.wasm');
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: /^DevOps/ }).click();
  await expect(page).toHaveURL(/\?category=devops$/);
});
