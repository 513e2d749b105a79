// Every page in every locale, tested once where it can differ and once where it cannot.
// - Every page in every locale answers, with the locale's lang and dir, one h1 and a
//   main landmark, fits 320 px, and loads no script unless it has an island: one test
//   per locale that visits them all.
// - axe: every English page in light, and one of each kind in dark. Another locale has the
//   structure and colours of the English pages and other words (html-validate checks every
//   page's ids): full axe in light and dark runs on its home page and on one page of each
//   kind that only other locales have (an English fallback under the locale's navigation,
//   an out-of-date translation with its notice); axe without colour contrast on its 404
//   and on one own page of another kind in each locale, the kinds taken in turn, so that
//   every kind (a topic, a region, the glossary, a generated page) is checked translated,
//   left to right and right to left, without checking every kind in every locale.
import { expectNoAxeViolations, hasHorizontalScroll } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { DEFAULT_LOCALE, englishSlugs, GENERATED_SLUGS, hasOwnPage, LOCALES, PER_LOCALE, pagesIn, TRANSLATED_LOCALES } from './locales.ts';
import { budgetFor } from '../scripts/budgets.config.mjs';

const slugs = [...englishSlugs(), ...GENERATED_SLUGS];
const SCHEMES = ['light', 'dark'] as const;
/** One page of each kind a translation has: a topic page, a region, the glossary, a generated page. */
const KINDS = ['the-day/', 'regions/cambodia/', 'glossary/', 'sources/'].filter((slug) => slugs.includes(slug));
/** English pages also checked in dark: one of each kind, and those with their own components (counter, chart, cards, callouts, embed code). */
const DARK_SAMPLE = ['', 'the-day/', 'regions/', 'regions/cambodia/', 'glossary/', 'casualties/', 'staying-safe/', 'share/', 'quiz/', 'sources/', '404.html'];

test('the page list covers the content folder', () => {
  expect(slugs).toEqual(expect.arrayContaining(['', 'about/', 'the-day/', 'teachers/', 'glossary/', 'sources/', 'translations/']));
  const withoutIslands = slugs.filter((slug) => budgetFor(`/${DEFAULT_LOCALE}/${slug}`)?.maxGzipBytes === 0);
  expect(withoutIslands.length, 'most pages ship no JavaScript').toBeGreaterThan(slugs.length / 2);
});

test.describe('every page', PER_LOCALE, () => {
  // Some thirty pages per test, one after the other: allow for a busy machine.
  test.describe.configure({ timeout: 180_000 });
  for (const locale of LOCALES) {
    test(`${locale.code}: answers with lang="${locale.code}" dir="${locale.dir}", one h1 and a main landmark, fits 320 px, no script without an island`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of [...slugs.map((slug) => `/${locale.code}/${slug}`), `/${locale.code}/404.html`]) {
        const response = await page.goto(path);
        expect.soft(response?.status(), path).toBe(200);
        const seen = await page.evaluate(() => {
          const main = document.querySelector('main');
          return {
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            h1: document.querySelectorAll('h1').length,
            main: Boolean(main && main.getBoundingClientRect().height > 0),
            scripts: document.querySelectorAll('script').length,
            // This document's own requests: a script the previous page loaded late is not counted here.
            loaded: performance
              .getEntriesByType('resource')
              .map((entry) => entry.name)
              .filter((url) => /\.m?js(?:[?#]|$)/.test(url)),
          };
        });
        expect.soft({ lang: seen.lang, dir: seen.dir, h1: seen.h1, main: seen.main }, path).toEqual({ lang: locale.code, dir: locale.dir, h1: 1, main: true });
        expect.soft(await hasHorizontalScroll(page), `${path} scrolls sideways at 320 px`).toBe(false);
        if (budgetFor(path)?.maxGzipBytes === 0) {
          expect.soft(seen.scripts, `${path}: <script> elements on a page without an island`).toBe(0);
          expect.soft(seen.loaded, `${path}: scripts loaded`).toEqual([]);
        }
      }
    });
  }
});

async function axeIn(page: import('@playwright/test').Page, path: string, schemes: readonly ('light' | 'dark')[], options?: { withoutContrast?: boolean }) {
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    await expectNoAxeViolations(page, `${path} (${colorScheme})`, options);
  }
}

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const slug of [...slugs, '404.html']) {
    const path = `/${DEFAULT_LOCALE}/${slug}`;
    // Dark on one page of each kind: the colours come from the same tokens and components.
    const schemes = DARK_SAMPLE.includes(slug) ? SCHEMES : (['light'] as const);
    test(`${path} in ${schemes.join(' and ')}`, async ({ page }) => axeIn(page, path, schemes));
  }

  for (const locale of TRANSLATED_LOCALES) {
    const { code } = locale;
    const fallback = slugs.find((slug) => slug !== '' && !hasOwnPage(code, slug));
    const outdated = pagesIn(code, 'outdated').find((slug) => slug !== '');
    const samples = [['', 'its home page'], ...(fallback === undefined ? [] : [[fallback, 'an English page under its navigation']]), ...(outdated === undefined ? [] : [[outdated, 'an out-of-date translation']])];
    for (const [slug, what] of samples) {
      test(`/${code}/${slug} (${what}) in light and dark`, PER_LOCALE, async ({ page }) => axeIn(page, `/${code}/${slug}`, SCHEMES));
    }
    // One own page of another kind in each locale, the kinds in turn, and its 404.
    const turn = TRANSLATED_LOCALES.indexOf(locale);
    const kinds = KINDS.filter((slug) => slug !== outdated && hasOwnPage(code, slug));
    const own = [...(kinds.length ? [kinds[turn % kinds.length]!] : []), '404.html'];
    test(`${code}: its own ${own.join(' and ')}, with the colours already checked`, PER_LOCALE, async ({ page }) => {
      for (const slug of own) await axeIn(page, `/${code}/${slug}`, ['light'], { withoutContrast: true });
    });
  }

  for (const path of ['/', '/404.html']) {
    test(`${path} (every language on one page) in light and dark, and fits 320 px`, async ({ page }) => {
      await axeIn(page, path, SCHEMES);
      await expect(page.locator('html')).toHaveAttribute('lang', DEFAULT_LOCALE);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  }
});

test('the Content-Security-Policy allows no inline or foreign scripts', async ({ page }) => {
  await page.goto(`/${DEFAULT_LOCALE}/`);
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toMatch(/https?:/);
});
