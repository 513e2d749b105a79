// The quiz: keyboard and screen-reader use, progress across reloads, the result
// screen and sharing, the JavaScript-free version, the result pages and their cards.
// (Worksheets: worksheets.spec.ts; projector mode: projector.spec.ts.)
import { existsSync, readdirSync } from 'node:fs';
import { test as plain, type Page } from '@playwright/test';
import { expectNoAxeViolations, hasHorizontalScroll } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { DEFAULT_LOCALE, fill, LOCALES, PER_LOCALE, RTL_LOCALE, TRANSLATED_LOCALES, ui } from './locales.ts';
import { bank, rightOption } from './quiz-bank.ts';

// Examples of sharing in a French and an Arabic (right-to-left) page.
const en = ui(DEFAULT_LOCALE);
const fr = ui('fr');
const ar = ui('ar');

const HASHTAG = '#MineAwarenessDay';
const shareText = (locale: string, score: number) => fill(ui(locale)['quiz.shareText'], { score, total: 10, hashtag: HASHTAG });
const STORAGE_KEY = 'mine-awareness-day:quiz:v1:en';

/** Waits for the island to take over from the server-rendered list. */
async function waitForQuiz(page: Page, locale = 'en', n = 1) {
  await expect(page.getByRole('heading', { level: 2, name: fill(ui(locale)['quiz.questionOf'], { n, total: 10 }) })).toBeVisible();
}

/** Answers the current question with the option in the given position (wrapping round a true/false question's two), and moves on. */
async function answerAndContinue(page: Page, locale = 'en', position = 0) {
  const t = ui(locale);
  const options = page.locator('.quiz-live input[type="radio"]');
  await options.nth(position % (await options.count())).check();
  await page.getByRole('button', { name: t['quiz.check'] }).click();
  await page.getByRole('button', { name: new RegExp(`^(${t['quiz.next']}|${t['quiz.finish']})$`) }).click();
}

async function finishRound(page: Page, locale = 'en') {
  for (let i = 0; i < 10; i++) await answerAndContinue(page, locale, i % 4);
  await expect(page.getByRole('heading', { level: 2, name: ui(locale)['quiz.resultTitle'] })).toBeVisible();
  const text = await page.locator('.quiz-score').textContent();
  return Number(text!.match(/\d+/)![0]);
}

test.describe('the quiz with JavaScript', () => {
  test('a keyboard-only run from the first question to the score', async ({ page }) => {
    await page.goto('/en/quiz/');
    await waitForQuiz(page);
    // Tab from the top of the page to the first answer.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.matches('.quiz-live input[type="radio"]'))) break;
    }
    const liveRegion = page.locator('.quiz > p[aria-live="polite"]');
    for (let n = 1; n <= 10; n++) {
      await expect(page.locator('.quiz-live input[type="radio"]').first()).toBeFocused();
      // Choose the second option: arrow keys move within the radio group and select.
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('.quiz-live input[type="radio"]:checked')).toHaveCount(1);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: en['quiz.check'] })).toBeFocused();
      await page.keyboard.press('Enter');
      // Focus moves to the feedback, which says in words whether the answer was right.
      const feedback = page.locator('.quiz-feedback');
      await expect(feedback).toBeFocused();
      await expect(feedback.locator('.quiz-verdict')).toHaveText(new RegExp(`^✗? ?✓? ?(${en['quiz.correct']}|${en['quiz.incorrect']} ${en['quiz.rightAnswer']} .+)$`));
      await expect(feedback.getByRole('link')).toHaveAttribute('href', /^\/en\/sources\/#[a-z0-9-]+$/);
      // Source link, then the button.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: n < 10 ? en['quiz.next'] : en['quiz.finish'] })).toBeFocused();
      expect(await liveRegion.textContent(), 'nothing announced before the end').toBe('');
      await page.keyboard.press('Enter');
      if (n < 10) {
        const heading = page.getByRole('heading', { level: 2, name: `Question ${n + 1} of 10` });
        await expect(heading).toBeFocused();
        await page.keyboard.press('Tab');
      }
    }
    const result = page.getByRole('heading', { level: 2, name: en['quiz.resultTitle'] });
    await expect(result).toBeFocused();
    const scoreText = (await page.locator('.quiz-score').textContent())!;
    expect(scoreText).toMatch(/^You got \d+ out of 10 right\.$/);
    // Announced once, politely, in the live region that was there from the start.
    await expect(liveRegion).toHaveText(scoreText);
    await expect(page.locator('[aria-live]')).toHaveCount(1);
  });

  test('checking without choosing says so, and right and wrong are marked in words', async ({ page }) => {
    await page.goto('/en/quiz/');
    await waitForQuiz(page);
    await page.getByRole('button', { name: en['quiz.check'] }).click();
    await expect(page.getByRole('alert')).toHaveText(en['quiz.pickFirst']);
    await page.locator('.quiz-live input[type="radio"]').first().check();
    await page.getByRole('button', { name: en['quiz.check'] }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('.quiz-live label', { hasText: `(${en['quiz.rightMark']})` })).toHaveCount(1);
    const verdict = (await page.locator('.quiz-verdict').textContent())!;
    if (verdict.includes(en['quiz.incorrect'])) await expect(page.locator('.quiz-live label', { hasText: `(${en['quiz.yourAnswer']})` })).toHaveCount(1);
    // The answers can no longer be changed once checked.
    await expect(page.locator('.quiz-live input[type="radio"]:disabled')).toHaveCount(await page.locator('.quiz-live input[type="radio"]').count());
  });

  test('a reload mid-quiz resumes at the same question, and mid-feedback at the feedback', async ({ page }) => {
    await page.goto('/en/quiz/');
    await waitForQuiz(page);
    for (let i = 0; i < 3; i++) await answerAndContinue(page);
    await waitForQuiz(page, 'en', 4);
    const prompt = await page.locator('.quiz-live legend').textContent();
    const options = await page.locator('.quiz-live label').allTextContents();
    await page.reload();
    await waitForQuiz(page, 'en', 4);
    await expect(page.locator('.quiz-live legend')).toHaveText(prompt!);
    expect(await page.locator('.quiz-live label').allTextContents()).toEqual(options);

    await page.locator('.quiz-live input[type="radio"]').last().check();
    await page.getByRole('button', { name: en['quiz.check'] }).click();
    const verdict = await page.locator('.quiz-verdict').textContent();
    await page.reload();
    await expect(page.locator('.quiz-verdict')).toHaveText(verdict!);
    await expect(page.locator('.quiz-live input[type="radio"]').last()).toBeChecked();
  });

  test('"try again" draws a fresh round of new questions', async ({ page }) => {
    await page.goto('/en/quiz/');
    await waitForQuiz(page);
    const firstRound: string[] = [];
    for (let i = 0; i < 10; i++) {
      firstRound.push((await page.locator('.quiz-live legend').textContent())!);
      await answerAndContinue(page);
    }
    await page.getByRole('button', { name: en['quiz.tryAgain'] }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Question 1 of 10' })).toBeFocused();
    // With 41 questions and 10 per round, the next round's questions are all new.
    const next = await page.locator('.quiz-live legend').textContent();
    expect(firstRound).not.toContain(next);
    await expect(page.locator('.quiz > p[aria-live]')).toHaveText('');
  });

  test('the recap lists each missed question with its answer and explanation', async ({ page }) => {
    await page.goto('/en/quiz/');
    await waitForQuiz(page);
    const score = await finishRound(page);
    const missed = page.locator('.quiz-recap > li');
    await expect(missed).toHaveCount(10 - score);
    if (score < 10) {
      await expect(page.getByRole('heading', { level: 3, name: en['quiz.missedTitle'] })).toBeVisible();
      await expect(missed.first()).toContainText(en['quiz.rightAnswer']);
      await expect(missed.first().locator('.quiz-source a')).toHaveAttribute('href', /\/en\/sources\/#/);
    }
    await expect(page.getByRole('link', { name: en['quiz.resultPage'] })).toHaveAttribute('href', `/en/quiz/result/${score}/`);
  });

  test('garbage or hostile data in localStorage does not break the page', async ({ page }) => {
    test.setTimeout(90_000); // six page loads and rounds started, on a busy two-core machine
    const values = [
      '{',
      'null',
      '<img src=x onerror="window.__xss=1">',
      JSON.stringify({ v: 1, ids: ['<img src=x onerror="window.__xss=1">'], orders: [[0, 1, 2, 3]], answers: [], step: 0 }),
      JSON.stringify({ v: 1, ids: bank.slice(0, 10).map((q) => q.id), orders: Array(10).fill([0, 0, 0, 0]), answers: [], step: 0 }),
      JSON.stringify({ v: 99 }),
    ];
    for (const value of values) {
      await page.addInitScript(([key, stored]) => window.localStorage.setItem(key!, stored!), [STORAGE_KEY, value]);
      await page.goto('/en/quiz/');
      await waitForQuiz(page);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await expect(page.locator('main img')).toHaveCount(0);
      await answerAndContinue(page);
      await waitForQuiz(page, 'en', 2);
      // The bad record was replaced by a valid one.
      const stored = await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key)!), STORAGE_KEY);
      expect(stored).toMatchObject({ v: 1, step: 1 });
    }
  });

  test('works when localStorage is unavailable', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto('/en/quiz/');
    await waitForQuiz(page);
    await answerAndContinue(page);
    await waitForQuiz(page, 'en', 2);
  });
});

test.describe('the result screen and sharing', () => {
  test('the score is large, with a line matched to it, and each missed question links to the page behind it', async ({ page }) => {
    await page.goto('/en/quiz/');
    await waitForQuiz(page);
    const score = await finishRound(page);
    await expect(page.locator('.quiz-score-big')).toHaveText(`${score}/10`);
    const band = score === 10 ? 'perfect' : score >= 7 ? 'high' : score >= 4 ? 'mid' : 'low';
    await expect(page.locator('.quiz-encourage')).toHaveText(en[`quiz.encourage.${band}`]);
    expect(await page.locator('.quiz-score-big').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(40);
    const missed = page.locator('.quiz-recap > li');
    for (const item of await missed.all()) {
      const prompt = (await item.locator('.quiz-recap-prompt').textContent())!;
      const question = bank.find((q) => q.prompt === prompt)!;
      const link = item.locator('.quiz-read-more a');
      await expect(link).toHaveAttribute('href', `/en/${question.page}/`);
      await expect(link).toHaveText(/^Read more: .+/);
    }
    await expect(page.getByRole('button', { name: en['quiz.tryAgain'] })).toBeVisible();
  });

  test('without the Web Share API, Share opens the message with its link, a copy button and plain links', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto('/fr/quiz/');
    await waitForQuiz(page, 'fr');
    const score = await finishRound(page, 'fr');
    const share = page.getByRole('button', { name: fr['quiz.share'] });
    await expect(share).toHaveAttribute('aria-expanded', 'false');
    await share.click();
    await expect(share).toHaveAttribute('aria-expanded', 'true');
    const url = `${baseURL}/fr/quiz/result/${score}/`;
    const text = shareText('fr', score);
    expect(text).toContain(HASHTAG);
    await expect(page.getByLabel(fr['quiz.shareMessage']!)).toHaveValue(`${text} ${url}`);
    await page.getByRole('button', { name: fr['quiz.copyMessage'] }).click();
    await expect(page.getByRole('status')).toHaveText(fr['quiz.copied']!);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${text} ${url}`);
    await expectShareLinks(page, { text, url, title: fr['quiz.shareTitle']!, locale: 'fr' });
  });

  test('with the Web Share API, it is used with the localized text, the hashtag and the result link', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { __shares: ShareData[] }).__shares = calls;
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          calls.push(data);
        },
      });
    });
    await page.goto('/ar/quiz/');
    await waitForQuiz(page, 'ar');
    const score = await finishRound(page, 'ar');
    await page.getByRole('button', { name: ar['quiz.share'] }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares.length)).toBe(1);
    const [shared] = await page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares);
    expect(shared).toEqual({
      title: ar['quiz.shareTitle'],
      text: shareText('ar', score),
      url: `${baseURL}/ar/quiz/result/${score}/`,
    });
    expect(shared!.text).toContain(HASHTAG);
    // The sheet did the sharing: no panel.
    await expect(page.locator('.share-panel')).toHaveCount(0);
  });

  test('when the clipboard is refused, the message is selected to copy by hand', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
    });
    await page.goto('/en/quiz/');
    await waitForQuiz(page);
    const score = await finishRound(page);
    await page.getByRole('button', { name: en['quiz.share'] }).click();
    await page.getByRole('button', { name: en['quiz.copyMessage'] }).click();
    await expect(page.getByRole('status')).toHaveText(en['quiz.copyFailed']);
    const field = page.getByLabel(en['quiz.shareMessage']);
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(`${shareText('en', score)} ${baseURL}/en/quiz/result/${score}/`);
    expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(await field.evaluate((el: HTMLTextAreaElement) => el.value.length));
  });
});

/** Every share link is a plain link carrying the encoded text and URL where its service reads them. */
async function expectShareLinks(page: Page, { text, url, title, locale }: { text: string; url: string; title: string; locale: string }) {
  const t = ui(locale);
  const href = async (target: string) => new URL((await page.locator(`.share-links a[data-share="${target}"]`).getAttribute('href'))!);
  await expect(page.locator('.share-links a')).toHaveCount(6);
  for (const target of ['email', 'whatsapp', 'x', 'facebook', 'linkedin', 'telegram'] as const) {
    await expect(page.locator(`.share-links a[data-share="${target}"]`)).toHaveText(t[`quiz.shareOn.${target}`]);
    await expect(page.locator(`.share-links a[data-share="${target}"]`)).not.toHaveAttribute('target', /.*/);
  }
  const email = await href('email');
  expect(email.protocol).toBe('mailto:');
  expect(email.searchParams.get('subject')).toBe(title);
  expect(email.searchParams.get('body')).toBe(`${text}\n\n${url}`);
  expect((await href('whatsapp')).searchParams.get('text')).toBe(`${text} ${url}`);
  const x = await href('x');
  expect([x.origin, x.searchParams.get('text'), x.searchParams.get('url')]).toEqual(['https://x.com', text, url]);
  expect((await href('facebook')).searchParams.get('u')).toBe(url);
  expect((await href('linkedin')).searchParams.get('url')).toBe(url);
  const telegram = await href('telegram');
  expect([telegram.origin, telegram.searchParams.get('text'), telegram.searchParams.get('url')]).toEqual(['https://t.me', text, url]);
}

// The fixtures fail any test that contacts another site; this one must, once, after the click.
plain('share links make no request until one is clicked', async ({ page, baseURL }) => {
  const offsite: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!)) offsite.push(request.url());
  });
  await page.route('https://wa.me/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>stub</title>' }));
  await page.goto('/en/quiz/result/7/');
  await page.mouse.move(10, 10);
  for (const link of await page.locator('.share-links a').all()) await link.hover();
  expect(offsite).toEqual([]);
  const url = await page.locator('link[rel="canonical"]').getAttribute('href');
  await page.locator('.share-links a[data-share="whatsapp"]').click();
  await expect.poll(() => offsite.length).toBe(1);
  const sent = new URL(offsite[0]!);
  expect(sent.origin).toBe('https://wa.me');
  expect(sent.searchParams.get('text')).toBe(`${shareText('en', 7)} ${url}`);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test.describe.configure({ timeout: 90_000 });

  test('a result page shares by plain links and a message to copy, with no buttons that would not work', async ({ page }) => {
    await page.goto('/en/quiz/result/3/');
    await expect(page.locator('.share-links a')).toHaveCount(6);
    await expect(page.getByLabel(en['quiz.shareMessage'])).toBeVisible();
    // The header's search field submits as a plain form; nothing in the page itself needs script.
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('link', { name: en['quiz.result.cta'] })).toBeVisible();
  });

  test('every question, its options, answer and explanation are readable', async ({ page }) => {
    await page.goto('/en/quiz/');
    const questions = page.locator('fieldset');
    await expect(questions).toHaveCount(bank.length);
    for (const question of bank) {
      const item = page.locator('.quiz-item', { has: page.locator('legend', { hasText: question.prompt }) });
      await expect(item).toHaveCount(1);
      await expect(item.locator('input[type="radio"]')).toHaveCount(question.format === 'true-false' ? 2 : 4);
      await item.getByText(en['quiz.showAnswer']).click();
      await expect(item.locator('details')).toContainText(rightOption(question));
      await expect(item.locator('details')).toContainText(question.explanation);
    }
    // The radios work as plain form controls.
    await page.locator('fieldset').first().locator('input').nth(1).check();
    await expect(page.locator('fieldset').first().locator('input:checked')).toHaveCount(1);
  });

  test('questions not yet translated are marked as English, left to right, under a notice', PER_LOCALE, async ({ page }) => {
    const locales = TRANSLATED_LOCALES.filter((locale) => !existsSync(`content/quiz/${locale.code}`) || readdirSync(`content/quiz/${locale.code}`).filter((f) => f.endsWith('.yaml')).length < bank.length);
    test.skip(locales.length === 0, 'every question is translated in every language');
    for (const { code } of locales) {
      await page.goto(`/${code}/quiz/`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      const untranslated = bank.find((q) => !existsSync(`content/quiz/${code}/${q.id}.yaml`))!;
      const fieldset = page.locator('fieldset', { has: page.locator('legend', { hasText: untranslated.prompt }) });
      await expect(fieldset).toHaveAttribute('lang', 'en');
      await expect(fieldset).toHaveAttribute('dir', 'ltr');
      await expect(page.locator('.quiz')).toHaveAttribute('lang', code);
      await expect(page.getByText(ui(code)['quiz.showAnswer']).first()).toBeVisible();
      await expect(page.locator('[data-fallback-notice]')).toHaveCount(1);
    }
  });
});

test('the server-rendered quiz (what readers without JavaScript get) passes axe in light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  // axe needs JavaScript, so keep the page's own scripts from running instead: every
  // island module is answered with a module that does nothing, and the markup stays as served.
  // That is also a reader whose browser runs scripts but never gets the quiz's: the list
  // of questions, hidden while the quiz is expected, appears after all.
  await page.route('**/_astro/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'export default () => () => {};' }));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/${RTL_LOCALE!.code}/quiz/`);
    await expect(page.locator('fieldset')).toHaveCount(bank.length);
    await expect(page.locator('fieldset').first()).toBeVisible({ timeout: 15_000 });
    await page.locator('main details').first().locator('summary').click();
    await expectNoAxeViolations(page, `/${RTL_LOCALE!.code}/quiz/ as served (${colorScheme})`);
  }
});

test.describe('accessibility', () => {
  // axe over a long page, three times, plus a whole round: allow for a busy machine.
  test.describe.configure({ timeout: 120_000 });
  // Every language in light (its words and direction differ); dark once, in English (its colours do not depend on the language).
  for (const [locale, colorScheme] of [...LOCALES.map((l) => [l, 'light'] as const), ...LOCALES.filter((l) => l.code === DEFAULT_LOCALE).map((l) => [l, 'dark'] as const)]) {
    {
      test(`/${locale.code}/quiz/ has no axe violations in the question, feedback and result states (${colorScheme}), and fits 320 px`, PER_LOCALE, async ({ page }) => {
        // Share by clipboard (or by hand), whatever the browser's own Web Share support.
        await page.addInitScript(() => {
          delete (Navigator.prototype as { share?: unknown }).share;
        });
        // Colour contrast in English, in light and dark: the colours do not depend on the language.
        const contrast = { withoutContrast: locale.code !== DEFAULT_LOCALE };
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(`/${locale.code}/quiz/`);
        await waitForQuiz(page, locale.code);
        await expectNoAxeViolations(page, `${locale.code} question (${colorScheme})`, contrast);
        expect(await hasHorizontalScroll(page)).toBe(false);
        await page.locator('.quiz-live input[type="radio"]').first().check();
        await page.getByRole('button', { name: ui(locale.code)['quiz.check'] }).click();
        // The feedback's structure does not depend on the language: English and right to left.
        if (locale.code === DEFAULT_LOCALE || locale.dir === 'rtl') await expectNoAxeViolations(page, `${locale.code} feedback (${colorScheme})`, contrast);
        expect(await hasHorizontalScroll(page)).toBe(false);
        await page.getByRole('button', { name: ui(locale.code)['quiz.next'] }).click();
        for (let i = 1; i < 10; i++) await answerAndContinue(page, locale.code, i % 4);
        await page.getByRole('button', { name: ui(locale.code)['quiz.share'] }).click();
        await expectNoAxeViolations(page, `${locale.code} result (${colorScheme})`, contrast);
        expect(await hasHorizontalScroll(page)).toBe(false);
      });
    }
  }

  test('buttons, answers and links in the quiz are at least 44 px tall', async ({ page }) => {
    await page.goto('/en/quiz/');
    await waitForQuiz(page);
    const sizes = await page.locator('.quiz-live label, .quiz-live button, .quiz-worksheet-link a').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    // Two or four answers (true/false or multiple choice), the button and the worksheet link.
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    for (const height of sizes) expect(height).toBeGreaterThanOrEqual(44);
  });

  test('with text at 200% nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/ar/quiz/');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await waitForQuiz(page, 'ar');
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

});

test.describe('result pages', () => {
  const pngSize = (body: Buffer) => ({ width: body.readUInt32BE(16), height: body.readUInt32BE(20) });

  test('every score in every language has a page with share tags and a 1200×630 image', PER_LOCALE, async ({ request }) => {
    for (const locale of LOCALES) {
      const t = ui(locale.code);
      for (let score = 0; score <= 10; score++) {
        const path = `/${locale.code}/quiz/result/${score}/`;
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        const html = await response.text();
        const meta = (attr: string, name: string) => html.match(new RegExp(`<meta ${attr}="${name.replace(/[:]/g, '\\:')}" content="([^"]*)"`))?.[1];
        const title = fill(t['quiz.result.title'], { score, total: 10 });
        expect(meta('property', 'og:title'), path).toBe(title.replace(/'/g, '&#39;'));
        expect(meta('property', 'og:type')).toBe('website');
        const image = meta('property', 'og:image')!;
        expect(new URL(image).pathname).toBe(`${path}share.png`);
        expect(meta('property', 'og:image:width')).toBe('1200');
        expect(meta('property', 'og:image:height')).toBe('630');
        expect(meta('property', 'og:image:alt')).toBeTruthy();
        expect(meta('name', 'twitter:card')).toBe('summary_large_image');
        expect(meta('name', 'twitter:image')).toBe(image);
        expect(html).toContain(`<html lang="${locale.code}" dir="${locale.dir}"`);
        const png = await request.get(`${path}share.png`);
        expect(png.status()).toBe(200);
        expect(png.headers()['content-type']).toContain('image/png');
        const body = await png.body();
        expect(body.subarray(1, 4).toString()).toBe('PNG');
        expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
      }
    }
  });

  test('the page shows its card, a line matched to the score, the share actions and a call to take the quiz, in the reader\'s language', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/fr/quiz/result/7/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(fr['quiz.result.title']!, { score: 7, total: 10 }));
    const card = page.getByRole('img', { name: fill(fr['quiz.og.alt']!, { score: 7, total: 10 }) });
    await expect(card).toHaveAttribute('src', '/fr/quiz/result/7/share.png');
    expect(await card.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
    await expect(page.locator('.result-encourage')).toHaveText(fr['quiz.encourage.high']!);
    // Built pages share the site's public address (SITE_URL), as their canonical link gives it.
    const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(url).toMatch(/^https?:\/\/[^/]+\/fr\/quiz\/result\/7\/$/);
    const text = shareText('fr', 7);
    await expect(page.getByLabel(fr['quiz.shareMessage']!)).toHaveValue(`${text} ${url}`);
    await expectShareLinks(page, { text, url, title: fr['quiz.shareTitle']!, locale: 'fr' });
    // The small script adds a copy button where the clipboard can be used.
    await page.getByRole('button', { name: fr['quiz.copyMessage'] }).click();
    await expect(page.getByRole('status')).toHaveText(fr['quiz.copied']!);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${text} ${url}`);
    await page.getByRole('link', { name: fr['quiz.result.cta'] }).click();
    await expect(page).toHaveURL(/\/fr\/quiz\/$/);
  });

  test('where the browser has Web Share, the result page offers it with the same message', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { __shares: ShareData[] }).__shares = calls;
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void calls.push(data) });
    });
    await page.goto('/ar/quiz/result/0/');
    await expect(page.locator('.result-encourage')).toHaveText(ar['quiz.encourage.low']!);
    const url = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('button', { name: ar['quiz.share'] }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares)).toEqual([
      { title: ar['quiz.shareTitle'], text: shareText('ar', 0), url },
    ]);
  });

  for (const path of ['/ar/quiz/result/10/', '/en/quiz/result/0/']) {
    test(`${path} passes axe in light and dark and fits 320 px`, async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expectNoAxeViolations(page, `${path} (${colorScheme})`);
      }
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  }

  test('a score outside 0–10, or anything else in the URL, gets the 404 page', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    for (const path of ['/en/quiz/result/11/', '/en/quiz/result/-1/', '/fr/quiz/result/7.5/', '/ar/quiz/result/07/', '/en/quiz/result/%3Cscript%3Ealert(1)%3C/script%3E/']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText(en['notFound.title'])).toBeVisible();
      await expect(page.locator('script:not([src])', { hasText: 'alert' })).toHaveCount(0);
    }
    expect(dialogs).toBe(0);
  });
});

test('the Sources page lists the quiz among the pages citing its sources', async ({ page }) => {
  await page.goto('/en/sources/');
  await expect(page.locator('li[id="unicef-facts-for-life-emergencies"] .cited-on').getByRole('link', { name: 'Quiz', exact: true })).toHaveAttribute('href', '/en/quiz/');
  await expect(page.locator('li[id="guardian-herorats-2015"] .cited-on a[href="/en/quiz/"]')).toHaveCount(1);
});
