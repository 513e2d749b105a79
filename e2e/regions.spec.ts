// The Regions section: every region page in every locale, the navigation between
// them, and the attribution and wording rules the region pages follow.
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
  expect(regionSlugs.length).toBeGreaterThanOrEqual(12);
  expect(regionSlugs).toEqual(expect.arrayContaining(['azerbaijan', 'yemen']));
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
  // Asia comes first and starts with Cambodia; Mozambique, under Africa, comes last;
  // Yemen follows Syria under the Middle East.
  expect(hrefs[0]).toBe('/en/regions/cambodia/');
  expect(hrefs.at(-1)).toBe('/en/regions/mozambique/');
  expect(hrefs.indexOf('/en/regions/yemen/')).toBe(hrefs.indexOf('/en/regions/syria/') + 1);
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
    // By address: the link's text is the page's title, French once the page is translated.
    await nav.locator('a[href="/fr/regions/azerbaijan/"]').click();
    await expect(page).toHaveURL(/\/fr\/regions\/azerbaijan\/$/);
    await page.getByRole('navigation', { name: fr['regions.nav.heading'] }).getByRole('link', { name: fr['regions.nav.all'] }).click();
    await expect(page).toHaveURL(/\/fr\/regions\/$/);
  });
});

test.describe('the Azerbaijan page', () => {
  test('attributes the Foreign Ministry figures, with the date, to the source that reported them', async ({ page }) => {
    await page.goto('/en/regions/azerbaijan/');
    // Paragraphs, list items and table rows: wherever the 30-year figure appears.
    const blocks = page.locator('article p, article li, article tr').filter({ hasText: '3,345' });
    const count = await blocks.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const block = blocks.nth(i);
      await expect(block).toContainText(/Foreign Ministry/);
      await expect(block).toContainText(/4 April 2023/);
      await expect(block.locator('a[href$="/sources/#trend-mfa-2023-04-04"]')).toHaveCount(1);
    }
  });

  test('sets the government figures beside the independent counts and the history of mine-laying by both sides', async ({ page }) => {
    await page.goto('/en/regions/azerbaijan/');
    const article = page.locator('article');
    // The independent counts sit in the same table as the government's, each with its source.
    const table = article.locator('table').filter({ hasText: '3,345' });
    await expect(table.locator('tr').filter({ hasText: 'Landmine Monitor (independent)' }).locator('a[href$="/sources/#lm-azerbaijan-casualties-2016"]')).toHaveCount(1);
    await expect(table.locator('tr').filter({ hasText: 'Azerbaijan Campaign to Ban Landmines' }).locator('a[href$="/sources/#azernews-azcbl-2023"]')).toHaveCount(1);
    // The context for a 30-year figure is the mine-laying by both sides since the conflict began.
    const bothSides = article.locator('p, li').filter({ hasText: 'both sides' }).filter({ has: page.locator('a[href$="/sources/#lm-azerbaijan-2015-mine-action"]') });
    await expect(bothSides.first()).toBeVisible();
    const monitor = article.locator('p').filter({ hasText: 'Landmine Monitor' }).filter({ has: page.locator('a[href$="/sources/#lm-2021-major-findings"]') });
    await expect(monitor.first()).toContainText(/not possible to confirm|could not/);
    // The totals differ by cut-off date, and the page says so.
    await expect(article).toContainText('counted up to a different date');
    // The timeline ends with September 2023, sourced.
    await expect(article.locator('li').filter({ hasText: 'September 2023' }).locator('a[href$="/sources/#dw-karabakh-2023"]')).toHaveCount(1);
    // Armenia's own border areas.
    await expect(article.locator('a[href$="/sources/#chde-unicef-school-module"]').first()).toBeVisible();
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

test('the Sources page files the governments of every party alike, not one country alone', async ({ page }) => {
  await page.goto('/en/sources/');
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: en['sources.kind.government-of-a-party'] }) });
  // Statements by Azerbaijan's, Armenia's and Ukraine's governments, and by both sides in Yemen.
  for (const id of ['trend-mfa-2023-04-04', 'chde-unicef-school-module', 'novinite-ukraine-2022', 'ukrinform-ukraine-2024', 'masam-yemen-government-2025', 'althawra-sanaa-mac-2024']) {
    await expect(section.locator(`li[id="${id}"]`)).toHaveCount(1);
  }
});

test('the Cambodia page counts the bombing in sorties, and gives both sides of the 2025 accusations', async ({ page }) => {
  await page.goto('/en/regions/cambodia/');
  const article = page.locator('article');
  // 230,516 is a number of flights (sorties) in the historians' data, never of bombs.
  const sorties = article.locator('tr').filter({ hasText: '230,516' });
  await expect(sorties).toContainText(/sorties/i);
  await expect(sorties.locator('a[href$="/sources/#owen-kiernan-oxblog-2006"]')).toHaveCount(1);
  expect(await article.innerText()).not.toMatch(/230,516 bombs/);
  // Thailand's accusation and Cambodia's denial, in the same paragraph, sourced.
  const accusation = article.locator('p').filter({ hasText: 'Thailand' }).filter({ hasText: 'denied' });
  await expect(accusation).toHaveCount(1);
  await expect(accusation.locator('a[href$="/sources/#asiaone-reuters-thai-cambodia-2025"]')).toHaveCount(1);
});

test('the Ukraine page quotes UNDP\'s "quarter" and gives the share a pupil would compute', async ({ page }) => {
  await page.goto('/en/regions/ukraine/');
  const article = page.locator('article');
  await expect(article.locator('tr').filter({ hasText: '180,000' })).toContainText('UNDP');
  const share = article.locator('p').filter({ hasText: '603,700' });
  await expect(share).toContainText('30%');
  await expect(share.locator('a[href$="/sources/#britannica-ukraine"]')).toHaveCount(1);
});

test('the Yemen page says which party gave each total', async ({ page }) => {
  await page.goto('/en/regions/yemen/');
  const rows = page.locator('article tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Landmine Monitor' })).toContainText('independent');
  await expect(rows.filter({ hasText: 'Executive Center for Mine Action' })).toContainText('a party to the conflict');
  await expect(rows.filter({ hasText: 'recognised government' })).toContainText('a party to the conflict');
});

test('region pages use neutral wording', async ({ page }) => {
  for (const slug of regionSlugs) {
    await page.goto(`/en/regions/${slug}/`);
    const text = (await page.locator('article').innerText()).toLowerCase();
    for (const word of ['occupation', 'occupied', 'liberated', 'liberation', 'terror', 'aggression', 'militia', 'recognise, retreat']) {
      expect(text, `"${word}" on /en/regions/${slug}/`).not.toContain(word);
    }
  }
});
