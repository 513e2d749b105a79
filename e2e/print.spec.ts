// Paper copies: every page prints its address, links print theirs, content pages end
// with the sources they cite; the teachers' page: the handout starts on a new page and
// fits on one sheet, on A4 and on US Letter, and the lesson does not overflow the width.
// (Worksheets and answer keys: worksheets.spec.ts.)
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { pageCount } from './quiz-bank.ts';

const MM = 96 / 25.4; // CSS pixels per millimetre
const MARGIN_MM = 15; // @page margin in src/styles/global.css
const PAPER = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
} as const;

test.describe('any page on paper', () => {
  test('shows its own address, the address of each link, and the sources it cites with theirs', async ({ page }) => {
    await page.goto('/en/teachers/');
    const address = page.locator('.print-address');
    const sources = page.locator('.printed-sources');
    await expect(address).toBeHidden();
    await expect(sources).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(address).toBeVisible();
    await expect(address).toHaveText(/^Printed from https?:\/\/[^ ]+\/en\/teachers\/$/);
    const origin = new URL((await address.locator('bdi').textContent())!).origin;
    // A link to another page of the site prints its full address after it.
    const staying = page.locator('main table a', { hasText: 'Staying safe' });
    expect(await staying.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(`" (${origin}/en/staying-safe/)"`);
    // Every source the page cites, once, numbered as its citations, with its address.
    const cited = new Set([...readFileSync('content/pages/en/teachers.mdx', 'utf8').matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]));
    await expect(sources).toBeVisible();
    await expect(sources.locator('li')).toHaveCount(cited.size);
    const numbers = new Set(await page.locator('article .cite a').evaluateAll((els) => els.map((el) => el.textContent!.replace(/^.*\[(\d+)\]$/s, '$1'))));
    for (const item of await sources.locator('li').all()) {
      const number = (await item.locator('.source-number').textContent())!.replace(/\D/g, '');
      expect(numbers.has(number), `[${number}] is cited on the page`).toBe(true);
      await expect(item.locator('a')).toHaveText(/^https?:\/\//);
    }
  });

  test('in Arabic the printed address reads left to right', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/ar/quiz/worksheet/a/');
    await expect(page.locator('.print-address bdi')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('.print-address bdi')).toHaveText(/^https?:\/\/.+\/ar\/quiz\/worksheet\/a\/$/);
  });
});

test.describe('the teachers page in print', () => {
  test('hides the menus and the list of sections, and starts the handout on a new page', async ({ page }) => {
    await page.goto('/en/teachers/');
    const handout = page.locator('[data-handout]');
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    expect(await handout.evaluate((el) => getComputedStyle(el).breakBefore)).not.toBe('page');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    expect(await handout.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await expect(handout.getByRole('heading', { level: 2 })).toHaveText(/^Handout/);
  });

  for (const [format, paper] of Object.entries(PAPER)) {
    test(`on ${format} paper: no sideways overflow, and a one-page handout after the lesson`, async ({ page }) => {
      const width = Math.floor((paper.width - 2 * MARGIN_MM) * MM);
      const height = Math.floor((paper.height - 2 * MARGIN_MM) * MM);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ media: 'print' });
      await page.goto('/en/teachers/');

      // Nothing wider than the printable area.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The handout alone fits in the printable height of one sheet.
      const handoutHeight = await page.locator('[data-handout]').evaluate((el) => el.getBoundingClientRect().height);
      expect(handoutHeight).toBeGreaterThan(200);
      expect(handoutHeight).toBeLessThan(height);

      // As Chromium prints it: the lesson takes some pages, and the handout exactly one
      // more (what follows it, the printed source list and the footer, is left out of both).
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('.printed-sources, .print-address, .reviewed, footer')) el.remove();
      });
      const full = pageCount(await page.pdf({ format }));
      await page.evaluate(() => document.querySelector('[data-handout]')!.remove());
      const lessonOnly = pageCount(await page.pdf({ format }));
      expect(lessonOnly).toBeGreaterThanOrEqual(1);
      expect(full).toBe(lessonOnly + 1);
    });
  }
});
