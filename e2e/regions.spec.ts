// The Regions section: every region page in every locale, the navigation between
// them, and the attribution rules on the Azerbaijan page.
import { readdirSync } from 'node:fs';
import en from '../content/i18n/en.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DEFAULT_LOCALE, RTL_LOCALE, ui } from './locales.ts';

// The region pages as the content folder has them, so a new page is tested without editing this file.
const regionSlugs = readdirSync('content/pages/en/regions')
  .filter((file) => file.endsWith('.mdx') && file !== 'index.mdx')
  .map((file) => file.replace(/\.mdx$/, ''));
const t = (locale: string, key: keyof typeof en) => ui(locale)[key];
const fr = ui('fr');

test('the region pages exist', () => {
  expect(regionSlugs.length).toBeGreaterThanOrEqual(11);
  expect(regionSlugs).toContain('azerbaijan');
});

// Every region page in every locale gets the checks all pages get (lang and dir, axe in
// light and dark, 320 px, no script without an island) from e2e/pages.spec.ts, which
// reads the page list from content/pages/en, regions included.

/** The region list in the order the index shows it: the links of the index's list. */
async function indexOrder(page: Page, locale: string): Promise<string[]> {
  await page.goto(`/${locale}/regions/`);
  return page.locator('.region-index a').evaluateAll((links: Element[]) => links.map((a) => a.getAttribute('href')!));
}

test('the index lists every region page once, grouped under headings', async ({ page }) => {
  const hrefs = await indexOrder(page, 'en');
  expect([...hrefs].sort()).toEqual(regionSlugs.map((slug) => `/en/regions/${slug}/`).sort());
  for (const group of ['asia', 'europe-caucasus', 'middle-east', 'americas', 'africa'] as const) {
    await expect(page.getByRole('heading', { level: 2, name: en[`regions.group.${group}`] })).toBeVisible();
  }
  // Asia comes first and starts with Cambodia; Mozambique, under Africa, comes last.
  expect(hrefs[0]).toBe('/en/regions/cambodia/');
  expect(hrefs.at(-1)).toBe('/en/regions/mozambique/');
});

// Left to right and right to left: the arrows and the order of the links differ.
for (const locale of [DEFAULT_LOCALE, RTL_LOCALE!.code]) {
  test(`${locale}: following "next" visits every region in index order, and "previous" leads back`, async ({ page }) => {
    const order = await indexOrder(page, locale);
    const rtl = locale === RTL_LOCALE!.code;
    await page.goto(order[0]!);
    for (let i = 0; i < order.length; i++) {
      await expect(page).toHaveURL(new RegExp(`${order[i]}$`));
      const nav = page.getByRole('navigation', { name: t(locale, 'regions.nav.heading') });
      // The current page is marked for assistive technology and visibly, not by colour alone.
      const current = nav.locator('[aria-current="page"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', order[i]!);
      await expect(current).toContainText(t(locale, 'regions.nav.current'));
      await expect(current).toContainText((await page.locator('h1').textContent())!.trim());
      const style = await current.evaluate((a) => {
        const s = getComputedStyle(a);
        return { weight: Number(s.fontWeight), bar: parseFloat(s.borderInlineStartWidth), barColor: s.borderInlineStartColor };
      });
      expect(style.weight).toBeGreaterThanOrEqual(700);
      expect(style.bar).toBeGreaterThan(0);
      expect(style.barColor).not.toBe('rgba(0, 0, 0, 0)');

      const previous = nav.locator('a[rel="prev"]');
      const next = nav.locator('a[rel="next"]');
      if (i === 0) await expect(previous).toHaveCount(0);
      else {
        await expect(previous).toHaveAttribute('href', order[i - 1]!);
        await expect(previous).toContainText(t(locale, 'regions.nav.previous'));
        // Arrows point the way the page reads: back is left in English, right in Arabic.
        await expect(previous.locator('.arrow')).toHaveText(rtl ? '→' : '←');
      }
      if (i === order.length - 1) await expect(next).toHaveCount(0);
      else {
        await expect(next).toHaveAttribute('href', order[i + 1]!);
        await expect(next.locator('.arrow')).toHaveText(rtl ? '←' : '→');
        await next.click();
      }
    }
    // And back one step with "previous".
    await page.getByRole('navigation', { name: t(locale, 'regions.nav.heading') }).locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`${order.at(-2)}$`));
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the region navigation works with plain links, in French', async ({ page }) => {
    await page.goto('/fr/regions/cambodia/');
    const nav = page.getByRole('navigation', { name: fr['regions.nav.heading'] });
    await nav.getByRole('link', { name: /Azerbaijan/ }).click();
    await expect(page).toHaveURL(/\/fr\/regions\/azerbaijan\/$/);
    await page.getByRole('navigation', { name: fr['regions.nav.heading'] }).getByRole('link', { name: fr['regions.nav.all'] }).click();
    await expect(page).toHaveURL(/\/fr\/regions\/$/);
  });
});

test.describe('the Azerbaijan page', () => {
  test('attributes the Foreign Ministry figures, with the date, to the source that reported them', async ({ page }) => {
    await page.goto('/en/regions/azerbaijan/');
    const blocks = page.locator('article p, article li').filter({ hasText: '3,345' });
    const count = await blocks.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const block = blocks.nth(i);
      await expect(block).toContainText(/Foreign Ministry/);
      await expect(block).toContainText(/4 April 2023/);
      await expect(block.locator('a[href$="/sources/#trend-mfa-2023-04-04"]')).toHaveCount(1);
    }
  });

  test('sets the government figures beside the Landmine Monitor and the history of mine-laying by both sides', async ({ page }) => {
    await page.goto('/en/regions/azerbaijan/');
    const monitor = page.locator('article p').filter({ hasText: 'Landmine Monitor' }).filter({ has: page.locator('a[href$="/sources/#lm-2021-major-findings"]') });
    await expect(monitor.first()).toContainText(/not possible to confirm|could not/);
    await expect(page.locator('article p').filter({ hasText: /both Azerbaijani and Armenian forces/ }).first()).toBeVisible();
    // The totals differ by cut-off date, and the page says so.
    await expect(page.locator('article')).toContainText('counted up to a different date');
    // Armenia's own border areas.
    await expect(page.locator('article a[href$="/sources/#chde-unicef-school-module"]').first()).toBeVisible();
  });

  test('lists Trend on the Sources page as a government source, with a note', async ({ page }) => {
    await page.goto('/en/sources/');
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: en['sources.kind.government-of-a-party'] }) });
    const entry = section.locator('li[id="trend-mfa-2023-04-04"]');
    await expect(entry).toContainText('Trend');
    await expect(entry).toContainText("the Azerbaijani government's own figures");
    await expect(entry).toContainText('Azerbaijan');
  });
});

test('region pages use neutral wording', async ({ page }) => {
  for (const slug of regionSlugs) {
    await page.goto(`/en/regions/${slug}/`);
    const text = (await page.locator('article').innerText()).toLowerCase();
    for (const word of ['occupation', 'occupied', 'liberated', 'liberation', 'terror', 'recognise, retreat']) {
      expect(text, `"${word}" on /en/regions/${slug}/`).not.toContain(word);
    }
  }
});
