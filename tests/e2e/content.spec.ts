// Every route renders its content from portfolio.json, and every item of the seed README is
// found on its route.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, open, portfolio, routes, shown, heading } from './fixtures';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

test('every route shows its heading', async ({ page }) => {
  for (const route of routes) {
    await open(page, route.path, route.heading);
    await expect(page).toHaveTitle(/Nexus/);
  }
});

test('the overview shows the program and links every item', async ({ page }) => {
  await open(page, '', portfolio.title);
  const main = page.locator('main');
  await expect(main).toContainText(norm(shown(portfolio.overview)));
  await expect(main).toContainText(portfolio.program);
  for (const t of portfolio.technologies) {
    await expect(main.getByRole('link', { name: t.name, exact: true })).toHaveAttribute('href', `/nexus/technologies/${t.id}`);
  }
  for (const c of portfolio.concepts) {
    await expect(main.getByRole('link', { name: c.name, exact: true })).toHaveAttribute('href', `/nexus/concepts/${c.id}`);
  }
  for (const c of portfolio.challenges) {
    await expect(main.getByRole('link', { name: c.title, exact: true })).toHaveAttribute('href', `/nexus/challenges/${c.id}`);
  }
  for (const p of portfolio.practices) {
    await expect(main).toContainText(p.name);
  }
});

test('list pages show every item from the JSON', async ({ page }) => {
  await open(page, 'technologies', portfolio.sections.technologies.title);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${portfolio.technologies.length} of ${portfolio.technologies.length} technologies`,
  );
  for (const t of portfolio.technologies) {
    const card = page.locator('article.card').filter({ has: page.getByRole('heading', { name: t.name, exact: true }) });
    await expect(card).toContainText(shown(t.summary));
    const category = portfolio.categories.find((c) => c.id === t.category)!;
    await expect(card).toContainText(category.name);
  }

  await open(page, 'concepts', portfolio.sections.concepts.title);
  for (const c of portfolio.concepts) {
    const card = page.locator('article.card').filter({ has: page.getByRole('heading', { name: c.name, exact: true }) });
    await expect(card).toContainText(shown(c.summary));
  }

  await open(page, 'challenges', portfolio.sections.challenges.title);
  for (const c of portfolio.challenges) {
    const card = page.locator('article.card').filter({ has: page.getByRole('heading', { name: c.title, exact: true }) });
    await expect(card).toContainText(shown(c.challenge));
    await expect(card).toContainText(shown(c.solution));
  }

  await open(page, 'practices', portfolio.sections.practices.title);
  for (const p of portfolio.practices) {
    await expect(page.getByRole('heading', { name: p.name, exact: true })).toBeVisible();
    await expect(page.locator('main')).toContainText(shown(p.summary));
  }
  await expect(page.locator('main')).toContainText(shown(portfolio.closing));
});

test('every detail page shows its item and its relations', async ({ page }) => {
  const techName = (id: string) => portfolio.technologies.find((t) => t.id === id)!.name;
  const conceptName = (id: string) => portfolio.concepts.find((c) => c.id === id)!.name;
  for (const t of portfolio.technologies) {
    await open(page, `technologies/${t.id}`, t.name);
    await expect(page.locator('main')).toContainText(shown(t.summary));
    for (const c of portfolio.challenges.filter((c) => c.technologies?.includes(t.id))) {
      await expect(page.locator('main').getByRole('link', { name: c.title, exact: true })).toBeVisible();
    }
  }
  for (const c of portfolio.concepts) {
    await open(page, `concepts/${c.id}`, c.name);
    await expect(page.locator('main')).toContainText(shown(c.summary));
    for (const d of c.details ?? []) await expect(page.locator('main')).toContainText(shown(d));
    for (const id of c.technologies ?? []) {
      await expect(page.locator('main').getByRole('link', { name: techName(id), exact: true })).toBeVisible();
    }
  }
  for (const c of portfolio.challenges) {
    await open(page, `challenges/${c.id}`, c.title);
    await expect(page.locator('main')).toContainText(shown(c.challenge));
    await expect(page.locator('main')).toContainText(shown(c.solution));
    for (const id of c.technologies ?? []) {
      await expect(page.locator('main').getByRole('link', { name: techName(id), exact: true })).toBeVisible();
    }
    for (const id of c.concepts ?? []) {
      await expect(page.locator('main').getByRole('link', { name: conceptName(id), exact: true })).toBeVisible();
    }
  }
});

// The seed README's sections, each with the route its items belong on.
const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed-portfolio-readme.md'), 'utf8');
const seedSections: { title: RegExp; route: string }[] = [
  { title: /^### Key Technologies Covered/, route: 'technologies' },
  { title: /^### Important Backend Development Concepts/, route: 'concepts' },
  { title: /^## Challenges Faced and Solutions/, route: 'challenges' },
  { title: /^## Best Practices and Personal Takeaways/, route: 'practices' },
];

/** The seed's items under a heading: "**Name**: text" bullets, or the challenge/solution pairs. */
function seedItems(title: RegExp): string[][] {
  const lines = seed.split('\n');
  const start = lines.findIndex((l) => title.test(l));
  expect(start, `seed section ${title}`).toBeGreaterThanOrEqual(0);
  const items: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{2,3} /.test(line) || line.startsWith('---')) break;
    const bullet = line.match(/^- \*\*(.+?)\*\*: (.+)$/);
    if (bullet) items.push([bullet[1], bullet[2]]);
    const challenge = line.match(/^- _Challenge_: (.+)$/);
    if (challenge) items.push([challenge[1]]);
    const solution = line.match(/^\s+- _Solution_: (.+)$/);
    if (solution) items[items.length - 1].push(solution[1]);
  }
  return items;
}

for (const section of seedSections) {
  test(`every seed item is on /${section.route}`, async ({ page }) => {
    const items = seedItems(section.title);
    expect(items.length).toBeGreaterThan(0);
    await open(page, section.route);
    const main = page.locator('main');
    for (const texts of items) {
      for (const text of texts) await expect(main).toContainText(shown(text));
    }
  });
}

test('the seed intro and closing are on the overview', async ({ page }) => {
  await open(page, '', portfolio.title);
  const overview = seed.split('\n').find((l) => l.startsWith('This repository serves'))!;
  await expect(page.locator('main')).toContainText(shown(overview));
  const closing = seed.split('\n').find((l) => l.startsWith('_This repository represents'))!;
  await expect(page.locator('main')).toContainText(closing.replace(/_/g, ''));
  await expect(heading(page)).toHaveText(/ALX Project Nexus/);
});
