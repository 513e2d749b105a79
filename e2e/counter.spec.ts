// The casualty counter (a Preact island hydrated client:visible) as readers meet it:
// without JavaScript, with reduced motion, with motion, with a screen reader, and the
// live "since 1 January" estimate.
import type { Page } from '@playwright/test';
import { neverLoaded } from '../scripts/budgets.config.mjs';
import { expect, test } from './fixtures.ts';

const PAGE = '/en/casualties/';
const total = (page: Page) => page.locator('[data-counter="total"]').first();
const estimate = (page: Page) => page.locator('[data-counter="estimate"]').first();

/** Brings a counter into view, so that its island wakes up (client:visible). */
async function reveal(counter: ReturnType<typeof total>) {
  await counter.scrollIntoViewIfNeeded();
  await expect(counter.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 10_000 });
}

/** Records every text the visible (aria-hidden) number shows, from the first parse. */
async function recordNumbers(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenNumbers: string[] }).seenNumbers = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-counter="total"] [data-counter-number]')?.textContent;
      if (text && text !== seen.at(-1)) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { seenNumbers: string[] }).seenNumbers);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [locale, figure] of [
    ['en', '6,279'],
    ['fr', '6\u202f279'],
    ['ar', '6,279'],
  ] as const) {
    test(`the final number is in the ${locale} HTML, with what it counts and its source`, async ({ page, request }) => {
      const html = await (await request.get(`/${locale}/casualties/`)).text();
      expect(html).toMatch(new RegExp(`data-counter-number[^>]*>${figure}</span>`));
      await page.goto(`/${locale}/casualties/`);
      await expect(total(page).locator('[data-counter-number]')).toHaveText(figure);
      await expect(total(page).locator('[data-counter-sr]')).toHaveText(figure);
      await expect(total(page)).toContainText(locale === 'en' ? 'Landmine Monitor 2025, reporting 2024' : '2025');
      await expect(total(page).locator('.counter-meta').getByRole('link')).toHaveAttribute('href', 'https://maginternational.org/whats-happening/2025-landmine-monitor-out-now');
    });
  }

  test('the estimate, which needs the reader’s clock, gives way to the daily average', async ({ page }) => {
    await page.goto(PAGE);
    await expect(estimate(page).locator('[data-counter-live]')).toBeHidden();
    await expect(estimate(page)).toContainText('Estimate based on Landmine Monitor 2025 averages, not a live count.');
    await expect(estimate(page)).toContainText('Landmine Monitor 2025 recorded 6,279 casualties in 2024: on average about 17.2 a day.');
  });
});

test('with reduced motion the final number is shown at once and never changes', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const seen = await recordNumbers(page);
  await page.goto(PAGE);
  await reveal(total(page));
  await page.waitForTimeout(2500);
  await expect(total(page).locator('[data-counter-number]')).toHaveText('6,279');
  expect(await seen()).toEqual(['6,279']);
});

test('with motion it counts up when scrolled into view and stops on the same final number', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // A short window, so the counter starts out of view.
  await page.setViewportSize({ width: 800, height: 300 });
  const seen = await recordNumbers(page);
  await page.goto(PAGE);
  // Scrolling towards it: just below the window, the island wakes up and drops to 0 out of sight.
  await page.evaluate(() => {
    const counter = document.querySelector('[data-counter="total"]')!;
    scrollTo(0, counter.getBoundingClientRect().top + scrollY - innerHeight - 50);
  });
  await expect(total(page).locator('[data-counter-number]')).toHaveText('0', { timeout: 10_000 });
  await total(page).scrollIntoViewIfNeeded();
  await expect(total(page).locator('[data-counter-number]')).toHaveText('6,279', { timeout: 5000 });
  const values = (await seen()).map((text) => Number(text.replace(/\D/g, '')));
  // The server's figure, zero while out of view, then several rising steps ending on the figure.
  expect(values.slice(0, 2)).toEqual([6279, 0]);
  expect(values.length).toBeGreaterThan(6);
  expect(values.at(-1)).toBe(6279);
  expect(values.slice(2, -1).every((v) => v > 0 && v < 6279)).toBe(true);
  expect(values.slice(1)).toEqual([...values.slice(1)].sort((a, b) => a - b));
  // Screen readers had the final value throughout.
  await expect(total(page).locator('[data-counter-sr]')).toHaveText('6,279');
});

test('screen readers get the number once, with its label, and nothing ticks in a live region', async ({ page }) => {
  await page.goto(PAGE);
  await reveal(estimate(page));
  await expect(estimate(page).locator('[data-counter-live]')).toBeVisible();
  for (const counter of [total(page), estimate(page)]) {
    await expect(counter.locator('[data-counter-number]')).toHaveAttribute('aria-hidden', 'true');
    await expect(counter.locator('[aria-live], [role="status"], [role="alert"], [role="timer"], [role="marquee"]')).toHaveCount(0);
  }
  await expect(page.locator('[aria-live]')).toHaveCount(0);
  const snapshot = await total(page).ariaSnapshot();
  expect(snapshot.match(/6,279/g)).toHaveLength(1);
  expect(snapshot).toMatch(/6,279 casualties \(people killed or injured\) recorded worldwide in 2024/);
});

test.describe('the "since 1 January" estimate', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('follows the reader’s clock and time zone, and adds the next person at the right moment', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // 22:00 UTC on 31 December 2025 is 07:00 on 1 January 2026 in Tokyo:
    // 7 h × 6,279 ÷ (366 × 24 h) = 5.004, so 5 people so far.
    // Loaded a minute earlier (4 people), then the clock is stopped at 22:00 exactly.
    await page.clock.install({ time: new Date('2025-12-31T21:59:00Z') });
    await page.goto(PAGE);
    await reveal(estimate(page));
    const live = estimate(page).locator('[data-counter-live]');
    await expect(live).toBeVisible();
    await expect(live.locator('[data-counter-number]')).toHaveText('4');
    await page.clock.pauseAt(new Date('2025-12-31T22:00:00Z'));
    await expect(live.locator('[data-counter-number]')).toHaveText('5');
    await expect(live.locator('[data-counter-sr]')).toHaveText('5');
    await expect(live).toContainText('casualties (people killed or injured) estimated since 1 January this year');
    // The 6th whole person is reached 6 × 366 × 86,400 s ÷ 6,279 = 30,217.3 s after
    // midnight, 5,017.3 s from now: not yet after 5,017 s, done one second later.
    await page.clock.runFor(5017 * 1000);
    await expect(live.locator('[data-counter-number]')).toHaveText('5');
    await page.clock.runFor(1000);
    await expect(live.locator('[data-counter-number]')).toHaveText('6');
  });

  test('stops updating once the counter leaves the page', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install({ time: new Date('2026-03-01T00:00:00Z') });
    await page.goto(PAGE);
    await reveal(estimate(page));
    await expect(estimate(page).locator('[data-counter-number]')).not.toHaveText('');
    const before = await page.evaluate(() => {
      const element = document.querySelector('[data-counter="estimate"]')!;
      (window as unknown as { removed: Element }).removed = element;
      element.remove();
      return element.querySelector('[data-counter-number]')!.textContent;
    });
    await page.clock.runFor(6 * 3600 * 1000);
    const after = await page.evaluate(() => (window as unknown as { removed: Element }).removed.querySelector('[data-counter-number]')!.textContent);
    expect(after).toBe(before);
  });

  test('explains its method in a <details>', async ({ page }) => {
    await page.goto(PAGE);
    const details = estimate(page).locator('details');
    await expect(details.locator('p').first()).toBeHidden();
    await details.locator('summary').click();
    await expect(details).toContainText('That year had 366 days, so there were on average about 17.2 casualties a day: one about every 84 minutes.');
    await expect(details).toContainText('since midnight on 1 January where you are');
  });
});

test('the island loads Preact and the counter, and nothing the budget leaves out', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(PAGE);
  await reveal(total(page));
  expect(scripts.some((path) => /\/preact\.module\./.test(path))).toBe(true);
  expect(scripts.some((path) => /\/CasualtyCounter\./.test(path))).toBe(true);
  expect(scripts.filter(neverLoaded)).toEqual([]);
});

test('the home page’s counter links to the Share page', async ({ page }) => {
  await page.goto('/en/');
  await estimate(page).getByRole('link', { name: 'Show this counter on your website' }).click();
  await expect(page).toHaveURL(/\/en\/share\/$/);
});

// The Casualties and Share pages get axe (light and dark) and the 320 px check in every
// locale from e2e/pages.spec.ts, like every content page.

test('the Casualties page is in the footer navigation', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('navigation', { name: 'More' }).getByRole('link', { name: 'Casualties' }).click();
  await expect(page).toHaveURL(/\/en\/casualties\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Casualties year by year');
});
