// The teachers' page on paper: the handout starts on a new page and fits on one
// sheet, on A4 and on US Letter, and the lesson itself does not overflow the page width.
import { expect, test } from './fixtures.ts';

const MM = 96 / 25.4; // CSS pixels per millimetre
const MARGIN_MM = 15; // @page margin in src/styles/global.css
const PAPER = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
} as const;

/** Number of pages in a PDF made by Chromium (each page object is written out in clear). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

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

      // As Chromium prints it: the lesson takes some pages, and the handout (with the
      // review date and footer after it) exactly one more.
      const full = pageCount(await page.pdf({ format }));
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('[data-handout], .reviewed, footer')) el.remove();
      });
      const lessonOnly = pageCount(await page.pdf({ format }));
      expect(lessonOnly).toBeGreaterThanOrEqual(1);
      expect(full).toBe(lessonOnly + 1);
    });
  }
});
