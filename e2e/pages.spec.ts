// Every page in every locale: language and direction, accessibility, layout at 320 px.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations, hasHorizontalScroll } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { budgetFor } from '../scripts/budgets.config.mjs';

/** Every English content page's path after the locale ('' for home, 'regions/' …), read from content/pages/en. */
function englishSlugs(dir = 'content/pages/en', prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return englishSlugs(join(dir, entry.name), `${prefix}${entry.name}/`);
    if (!entry.name.endsWith('.mdx')) return [];
    const name = entry.name.replace(/\.mdx$/, '');
    return [name === 'index' ? prefix : `${prefix}${name}/`];
  });
}

const slugs = [...englishSlugs(), 'sources/'];
test('the page list covers the content folder', () => {
  expect(slugs).toEqual(expect.arrayContaining(['', 'about/', 'the-day/', 'teachers/', 'glossary/', 'sources/']));
});

// Every English page is built in every locale (translated or with a notice).
const localizedPages = LOCALES.flatMap((locale) => slugs.map((slug) => ({ path: `/${locale.code}/${slug}`, locale })));
const localized404s = LOCALES.map((locale) => ({ path: `/${locale.code}/404.html`, locale }));

for (const { path, locale } of [...localizedPages, ...localized404s]) {
  test.describe(path, () => {
    test(`has lang="${locale.code}" and dir="${locale.dir}"`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('main')).toBeVisible();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} (${colorScheme})`);
      });
    }

    test('does not scroll sideways at 320 px', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  });
}

for (const path of ['/', '/404.html']) {
  test(`${path} is accessible and fits 320 px`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAxeViolations(page, path);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await hasHorizontalScroll(page)).toBe(false);
  });
}

test('pages without an island ship no JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const withoutIslands = localizedPages.filter(({ path }) => budgetFor(path)?.maxGzipBytes === 0);
  expect(withoutIslands.length).toBeGreaterThan(localizedPages.length / 2);
  for (const { path } of withoutIslands) {
    await page.goto(path);
    expect(await page.locator('script').count(), path).toBe(0);
  }
  expect(scripts).toEqual([]);
});

test('the Content-Security-Policy allows no inline or foreign scripts', async ({ page }) => {
  await page.goto('/en/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toMatch(/https?:/);
});
