// Projector mode: a round run by keyboard (or a clicker's Page Down / Page Up) only,
// with reduced motion, offline once loaded, without JavaScript, in Arabic, and axe
// in every state.
import type { Page } from '@playwright/test';
import { DEFAULT_LOCALE, LOCALES } from './locales.ts';
import { expectNoAxeViolations, hasHorizontalScroll } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { bankById, fill, rightOption, ui } from './quiz-bank.ts';

const counter = (page: Page, locale: string, n: number) => page.getByRole('heading', { level: 2, name: fill(ui(locale)['quiz.questionOf'], { n, total: 10 }) });

/** Opens round A and waits for the island to take over from the server-rendered list. */
async function openRound(page: Page, locale = 'en', version = 'a') {
  await page.goto(`/${locale}/quiz/present/${version}/`);
  await expect(page.locator('.present.is-live')).toBeVisible();
  await expect(counter(page, locale, 1)).toBeVisible();
}

async function worksheetIds(page: Page, version = 'a'): Promise<string[]> {
  await page.goto(`/en/quiz/worksheet/${version}/`);
  return page.locator('.worksheet-questions > li').evaluateAll((els) => els.map((el) => el.getAttribute('data-question')!));
}

const currentId = (page: Page) => page.locator('.present-slide').getAttribute('data-question');

test('a whole round by keyboard only: the questions of worksheet A, answers on demand, back and forth, the class\'s answer on number keys', async ({ page }) => {
  test.setTimeout(90_000);
  const t = ui('en');
  const ids = await worksheetIds(page);
  await openRound(page);
  // Mark the class's answer: the third option.
  await page.keyboard.press('3');
  await expect(page.locator('.present-chosen')).toHaveText(fill(t['quiz.present.classChoice'], { letter: 'C' }));
  await expect(page.locator('.present-choice').nth(2)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('3');
  await expect(page.locator('.present-choice[aria-pressed="true"]')).toHaveCount(0);
  await page.keyboard.press('1');

  // Forward keys alternate between showing the answer and moving on, as a clicker's would.
  const forward = ['PageDown', 'Space', 'ArrowRight', 'ArrowDown'];
  for (let n = 1; n <= 10; n++) {
    await expect(counter(page, 'en', n)).toBeVisible();
    expect(await currentId(page)).toBe(ids[n - 1]);
    await expect(page.locator('.present-answer')).toHaveCount(0);
    await page.keyboard.press(forward[(2 * n) % 4]!);
    const answer = page.locator('.present-answer');
    await expect(answer).toBeFocused();
    const question = bankById.get(ids[n - 1]!)!;
    await expect(answer).toContainText(rightOption(question));
    await expect(answer).toContainText(question.explanation);
    await expect(page.locator('.present-option.is-right')).toHaveCount(1);
    await expect(page.locator('.present-option.is-right')).toContainText(`(${t['quiz.rightMark']})`);
    if (n === 1) {
      // Back: the answer hides, then the question before (here: none, so it stays).
      await page.keyboard.press('PageUp');
      await expect(page.locator('.present-answer')).toHaveCount(0);
      await page.keyboard.press('ArrowLeft');
      await expect(counter(page, 'en', 1)).toBeVisible();
      await page.keyboard.press('PageDown');
      await expect(page.locator('.present-answer')).toBeVisible();
    }
    await page.keyboard.press(forward[(2 * n + 1) % 4]!);
    if (n < 10) await expect(counter(page, 'en', n + 1)).toBeFocused();
  }
  await expect(page.getByRole('heading', { level: 2, name: t['quiz.present.end'] })).toBeFocused();
  // Nothing scores anyone, and Page Up steps back into the round.
  await expect(page.locator('main')).not.toContainText(/\d+ (out of|\/) 10/);
  await page.keyboard.press('PageUp');
  await expect(counter(page, 'en', 10)).toBeVisible();
  await expect(page.locator('.present-answer')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(counter(page, 'en', 1)).toBeFocused();
  // The class's answer is kept per question.
  await expect(page.locator('.present-choice').nth(0)).toHaveAttribute('aria-pressed', 'true');
});

test('the buttons do what the keys do, and Space on a focused button is that button', async ({ page }) => {
  const t = ui('en');
  await openRound(page);
  await page.getByRole('button', { name: t['quiz.showAnswer'] }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.present-answer')).toBeVisible();
  await expect(counter(page, 'en', 1)).toBeVisible();
  await page.getByRole('button', { name: t['quiz.next'] }).click();
  await expect(counter(page, 'en', 2)).toBeVisible();
  await page.getByRole('button', { name: t['quiz.present.previous'] }).click();
  await expect(page.locator('.present-answer')).toBeVisible();
  await expect(counter(page, 'en', 1)).toBeVisible();
  await page.locator('.present-choice').nth(1).click();
  await expect(page.locator('.present-choice').nth(1)).toHaveAttribute('aria-pressed', 'true');
});

test('with reduced motion nothing slides in; without it, questions do', async ({ page }) => {
  const animation = () => page.locator('.present-slide').evaluate((el) => getComputedStyle(el).animationName);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openRound(page);
  expect(await animation()).toBe('present-in');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(counter(page, 'en', 2)).toBeVisible();
  expect(await animation()).toBe('none');
  expect(await page.locator('.present-answer').count()).toBe(0);
  await page.keyboard.press('PageDown');
  expect(await page.locator('.present-answer').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

test('once loaded it runs a whole round offline, without a single request', async ({ page, context }) => {
  await openRound(page, 'fr');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await context.setOffline(true);
  for (let step = 0; step < 20; step++) await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 2, name: ui('fr')['quiz.present.end'] })).toBeVisible();
  await page.getByRole('button', { name: ui('fr')['quiz.present.restart'] }).click();
  await expect(counter(page, 'fr', 1)).toBeVisible();
  expect(requests).toEqual([]);
  await context.setOffline(false);
});

test('Arabic: right to left, and the arrow pointing left moves forward', async ({ page }) => {
  await openRound(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.present-answer')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-answer')).toHaveCount(0);
  // Option letters in Arabic, laid out from the right.
  await expect(page.locator('.present-letter').first()).toHaveText('أ');
  const [back, forward] = [await page.locator('.present-controls button').nth(0).boundingBox(), await page.locator('.present-controls button').nth(1).boundingBox()];
  expect(back!.x).toBeGreaterThan(forward!.x);
  // The digit keys mark the class's answer, with the Arabic letter.
  await page.keyboard.press('Digit2');
  await expect(page.locator('.present-chosen')).toHaveText(fill(ui('ar')['quiz.present.classChoice'], { letter: 'ب' }));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every question of the round is on the page, one per screen, each answer behind "show the answer"', async ({ page }) => {
    const ids = await worksheetIds(page, 'b');
    await page.goto('/en/quiz/present/b/');
    const slides = page.locator('.present-slide');
    expect(await slides.evaluateAll((els) => els.map((el) => el.getAttribute('data-question')))).toEqual(ids);
    const viewport = page.viewportSize()!;
    expect((await slides.first().boundingBox())!.height).toBeGreaterThanOrEqual(viewport.height - 100);
    const first = bankById.get(ids[0]!)!;
    await expect(slides.first().locator('details')).not.toHaveAttribute('open');
    await slides.first().getByText(ui('en')['quiz.showAnswer']).click();
    await expect(slides.first().locator('details')).toContainText(rightOption(first));
  });
});

test.describe('accessibility', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const locale of LOCALES) {
    // Dark once, in English: the colours do not depend on the language.
    const schemes = locale.code === DEFAULT_LOCALE ? (['light', 'dark'] as const) : (['light'] as const);
    // Colour contrast in English, for the same reason.
    const contrast = { withoutContrast: locale.code !== DEFAULT_LOCALE };
    test(`/${locale.code}/quiz/present/a/ passes axe with a question, a revealed answer and the end, in ${schemes.join(' and ')}, and fits 320 px`, async ({ page }) => {
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        await openRound(page, locale.code);
        // Every state in English and right to left; elsewhere the one with the most words,
        // a question with its answer shown (the states' structure does not depend on the language).
        const everyState = locale.code === DEFAULT_LOCALE || locale.dir === 'rtl';
        if (everyState) await expectNoAxeViolations(page, `${locale.code} question (${colorScheme})`, contrast);
        // With the class's answer marked, then the right one shown.
        await page.keyboard.press('1');
        await page.keyboard.press('PageDown');
        await expectNoAxeViolations(page, `${locale.code} answer (${colorScheme})`, contrast);
        for (let step = 0; step < 19; step++) await page.keyboard.press('PageDown');
        await expect(page.getByRole('heading', { level: 2, name: ui(locale.code)['quiz.present.end'] })).toBeVisible();
        if (everyState) await expectNoAxeViolations(page, `${locale.code} end (${colorScheme})`, contrast);
      }
      await page.setViewportSize({ width: 320, height: 640 });
      await openRound(page, locale.code);
      await page.keyboard.press('PageDown');
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  }
});
