// Print / PDF: "Print portfolio" opens the print view and the print dialog; the PDF of the print
// view holds every seed item and no navigation or controls, on A4 and Letter; links carry URLs.
import { test, expect, open, portfolio, shown, heading } from './fixtures';
import { pdfPages, squeeze } from './pdf-text';

/** Every piece of seed text the printed portfolio must contain. */
const seedTexts = [
  portfolio.title,
  shown(portfolio.overview),
  shown(portfolio.closing),
  ...Object.values(portfolio.sections).map((s) => s.title),
  ...portfolio.technologies.flatMap((t) => [t.name, shown(t.summary)]),
  ...portfolio.concepts.flatMap((c) => [c.name, shown(c.summary), ...(c.details ?? []).map(shown)]),
  ...portfolio.challenges.flatMap((c) => [c.title, shown(c.challenge), shown(c.solution)]),
  ...portfolio.practices.flatMap((x) => [x.name, shown(x.summary)]),
];

test('Print portfolio opens the print view, then the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await open(page, '', portfolio.title);
  await page.getByRole('button', { name: 'Print portfolio' }).click();
  await expect(page).toHaveURL(/\/nexus\/print$/);
  await expect(heading(page)).toHaveText(portfolio.title);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // Opening the view directly (a reload, a shared link) does not print by itself.
  await page.reload();
  await expect(heading(page)).toHaveText(portfolio.title);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`the PDF of the print view has every seed item (${format})`, async ({ page, baseURL }) => {
    await open(page, 'print', portfolio.title);
    const pdf = await page.pdf({ format, printBackground: true });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(4); // each section starts a page
    const text = squeeze(pages.join('\n'));
    for (const item of seedTexts) {
      expect(text, `PDF text contains “${item}”`).toContain(squeeze(item));
    }
    // No navigation, header tools, footer or buttons.
    for (const chrome of ['Skip to content', 'Print or save as PDF', 'Back to the overview', 'Copy link', 'Colour theme', 'Built with Rust']) {
      expect(text).not.toContain(squeeze(chrome));
    }
    // The app's links print with their absolute address.
    const challenge = portfolio.challenges[0];
    expect(text).toContain(squeeze(`(${new URL(`challenges/${challenge.id}`, baseURL).href})`));
  });
}

test('printing any page hides the controls and keeps the content', async ({ page }) => {
  await open(page, 'challenges', portfolio.sections.challenges.title);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.filters')).toBeHidden();
  await expect(page.getByRole('button', { name: /Copy link/ }).first()).toBeHidden();
  await expect(page.locator('main').getByRole('link', { name: portfolio.challenges[0].title, exact: true })).toBeVisible();
  const text = squeeze(pdfPages(await page.pdf({ format: 'A4' })).join('\n'));
  expect(text).toContain(squeeze(shown(portfolio.challenges[1].solution)));
  expect(text).not.toContain('Clearfilters');
});
