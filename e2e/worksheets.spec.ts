// The printed classroom kit: worksheets A and B, their answer keys, the appendix,
// and the quiz page on paper. Page counts are measured on PDFs made by Chromium.
import type { Page } from '@playwright/test';
import { DEFAULT_LOCALE, LOCALES } from './locales.ts';
import { expectNoAxeViolations, hasHorizontalScroll } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { bank, bankById, fill, pageCount, rightOption, ui } from './quiz-bank.ts';

const VERSIONS = ['a', 'b'] as const;
const FORMATS = ['A4', 'Letter'] as const;

async function questionIds(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('data-question')!));
}

test('the quiz page leads to the worksheets, which link each version, its key, its projector round, the appendix and the lesson', async ({ page }) => {
  const t = ui('en');
  await page.goto('/en/quiz/');
  await page.getByRole('link', { name: t['quiz.worksheetLink'] }).click();
  await expect(page).toHaveURL(/\/en\/quiz\/worksheet\/$/);
  await expect(page.locator('script')).toHaveCount(0);
  for (const version of VERSIONS) {
    const label = version.toUpperCase();
    await expect(page.getByRole('link', { name: fill(t['quiz.worksheet.sheetLink'], { version: label }) })).toHaveAttribute('href', `/en/quiz/worksheet/${version}/`);
    await expect(page.getByRole('link', { name: fill(t['quiz.worksheet.keyLink'], { version: label }) })).toHaveAttribute('href', `/en/quiz/worksheet/${version}/key/`);
    await expect(page.getByRole('link', { name: fill(t['quiz.worksheet.presentLink'], { version: label }) })).toHaveAttribute('href', `/en/quiz/present/${version}/`);
  }
  await expect(page.getByRole('link', { name: t['quiz.worksheet.lessonLink'] })).toHaveAttribute('href', '/en/teachers/');
  await page.getByRole('link', { name: t['quiz.worksheet.allLink'] }).click();
  // The appendix: every question, then its key from a new printed page.
  await expect(page.locator('.worksheet-questions > li')).toHaveCount(bank.length);
  await expect(page.locator('.answer-key > ol > li')).toHaveCount(bank.length);
  for (const question of bank) {
    await expect(page.locator('.worksheet-questions')).toContainText(question.prompt);
    await expect(page.locator('.answer-key')).toContainText(rightOption(question));
  }
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.answer-key').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
});

test('versions A and B: ten questions each, none in both, the same topics in the same numbers, in every locale', async ({ page }) => {
  const rounds: Record<string, string[]> = {};
  for (const version of VERSIONS) {
    await page.goto(`/en/quiz/worksheet/${version}/`);
    rounds[version] = await questionIds(page, '.worksheet-questions > li');
    // The same round in every language: the URL names a fixed set of questions.
    for (const locale of LOCALES.filter((l) => l.code !== 'en')) {
      await page.goto(`/${locale.code}/quiz/worksheet/${version}/`);
      expect(await questionIds(page, '.worksheet-questions > li'), `${locale.code} ${version}`).toEqual(rounds[version]);
    }
  }
  const [a, b] = [rounds.a!, rounds.b!];
  expect(a).toHaveLength(10);
  expect(b).toHaveLength(10);
  expect(a.filter((id) => b.includes(id))).toEqual([]);
  const topics = (ids: string[]) => ids.map((id) => bankById.get(id)!.topic).sort();
  expect(topics(a)).toEqual(topics(b));
  // Every topic with questions enough for both versions is in both.
  const bigTopics = [...new Set(bank.map((q) => q.topic))].filter((topic) => bank.filter((q) => q.topic === topic).length >= 2);
  expect(new Set(topics(a))).toEqual(new Set(bigTopics));
});

test('a worksheet has name, class and date lines, a box per option and no script; its key gives the right letter, a reason and the source', async ({ page }) => {
  const t = ui('en');
  await page.goto('/en/quiz/worksheet/a/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(t['quiz.worksheet.versionTitle'], { version: 'A' }));
  for (const field of ['name', 'class', 'date'] as const) await expect(page.locator('.worksheet-fields')).toContainText(t[`quiz.worksheet.${field}`]);
  await expect(page.locator('script')).toHaveCount(0);
  const items = page.locator('.worksheet-questions > li');
  const ids = await questionIds(page, '.worksheet-questions > li');
  const letters: string[] = [];
  for (const [i, id] of ids.entries()) {
    const item = items.nth(i);
    const options = await item.locator('.worksheet-options li > span:last-child').allTextContents();
    await expect(item.locator('.worksheet-box')).toHaveCount(options.length);
    const right = options.indexOf(rightOption(bankById.get(id)!));
    expect(right, id).toBeGreaterThanOrEqual(0);
    letters.push('ABCD'[right]!);
  }

  await page.getByRole('link', { name: fill(t['quiz.worksheet.keyLink'], { version: 'A' }) }).click();
  await expect(page).toHaveURL(/\/en\/quiz\/worksheet\/a\/key\/$/);
  expect(await questionIds(page, '.key-table tbody tr')).toEqual(ids);
  const rows = page.locator('.key-table tbody tr');
  for (const [i, id] of ids.entries()) {
    const row = rows.nth(i);
    const question = bankById.get(id)!;
    await expect(row.locator('th')).toHaveText(String(i + 1));
    await expect(row.locator('.key-letter')).toHaveText(letters[i]!);
    // A one-line reason: the explanation's first sentence.
    const reason = (await row.locator('td').nth(1).textContent())!;
    expect(question.explanation.startsWith(reason)).toBe(true);
    await expect(row.getByRole('link')).toHaveAttribute('href', `/en/sources/#${question.source}`);
    await expect(row.getByRole('link')).toHaveText(/^\[\d+\]$/);
  }
  // Every source numbered in the table is listed with its address written out.
  const numbers = new Set(await rows.locator('td a').allTextContents());
  await expect(page.locator('.key-sources li')).toHaveCount(numbers.size);
  for (const url of await page.locator('.key-sources a').allTextContents()) expect(url).toMatch(/^https?:\/\//);
});

for (const locale of LOCALES) {
  test(`/${locale.code}/: each worksheet prints on at most 2 pages and each key on 1, on A4 and on Letter`, async ({ page }) => {
    for (const version of VERSIONS) {
      for (const [path, most] of [[`/${locale.code}/quiz/worksheet/${version}/`, 2], [`/${locale.code}/quiz/worksheet/${version}/key/`, 1]] as const) {
        await page.goto(path);
        for (const format of FORMATS) {
          const pages = pageCount(await page.pdf({ format }));
          expect(pages, `${path} on ${format}`).toBeGreaterThanOrEqual(1);
          expect(pages, `${path} on ${format}`).toBeLessThanOrEqual(most);
        }
      }
    }
  });
}

test('printing the quiz page gives worksheet A, not one question and a button', async ({ page }) => {
  await page.goto('/en/quiz/worksheet/a/');
  const a = await questionIds(page, '.worksheet-questions > li');
  await page.goto('/en/quiz/');
  await expect(page.getByRole('heading', { level: 2, name: fill(ui('en')['quiz.questionOf'], { n: 1, total: 10 }) })).toBeVisible();
  await expect(page.locator('.quiz-printed')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quiz-block')).toBeHidden();
  await expect(page.locator('.quiz-printed')).toBeVisible();
  expect(await questionIds(page, '.quiz-printed .worksheet-questions > li')).toEqual(a);
  await expect(page.locator('.quiz-printed')).toContainText('/en/quiz/worksheet/a/key/');
  for (const format of FORMATS) expect(pageCount(await page.pdf({ format })), format).toBeLessThanOrEqual(2);
});

test.describe('accessibility', () => {
  // axe over the appendix covers the whole bank (40 questions and more), twice.
  test.describe.configure({ timeout: 90_000 });
  // Every language (its words and direction differ) in light; dark once, in English, as
  // the colours do not depend on the language.
  for (const locale of LOCALES) {
    const schemes = locale.code === DEFAULT_LOCALE ? (['light', 'dark'] as const) : (['light'] as const);
    // Every printed page in English and in a right-to-left language; elsewhere a sheet and a key.
    const all = locale.code === DEFAULT_LOCALE || locale.dir === 'rtl';
    for (const slug of all ? ['quiz/worksheet/', 'quiz/worksheet/a/', 'quiz/worksheet/b/key/', 'quiz/worksheet/all/', 'quiz/present/'] : ['quiz/worksheet/a/', 'quiz/worksheet/b/key/']) {
      const path = `/${locale.code}/${slug}`;
      test(`${path} passes axe in ${schemes.join(' and ')} and fits 320 px`, async ({ page }) => {
        for (const colorScheme of schemes) {
          await page.emulateMedia({ colorScheme });
          await page.goto(path);
          // Colour contrast in English only: the colours do not depend on the language.
          await expectNoAxeViolations(page, `${path} (${colorScheme})`, { withoutContrast: locale.code !== DEFAULT_LOCALE });
        }
        await page.setViewportSize({ width: 320, height: 640 });
        expect(await hasHorizontalScroll(page), path).toBe(false);
      });
    }
  }
});

test('Arabic worksheets and keys are laid out right to left', async ({ page }) => {
  await page.goto('/ar/quiz/worksheet/a/key/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const headers = page.locator('.key-table thead th');
  const [number, reason] = [await headers.nth(0).boundingBox(), await headers.nth(2).boundingBox()];
  expect(number!.x).toBeGreaterThan(reason!.x);
  await page.goto('/ar/quiz/worksheet/a/');
  const field = page.locator('.worksheet-field-name');
  const [label, line] = [await field.locator('span').first().boundingBox(), await field.locator('.worksheet-line').boundingBox()];
  expect(label!.x).toBeGreaterThan(line!.x);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(ui('ar')['quiz.worksheet.versionTitle'], { version: 'أ' }));
});

test('the lesson plan links worksheet A before, the projector during and worksheet B after, and its times add up to 45 minutes', async ({ page }) => {
  await page.goto('/en/teachers/');
  const rows = page.locator('article table').first().locator('tbody tr');
  const times = await rows.locator('td:first-child').allTextContents();
  // "0–5 min", "5–10 min" … back to back from 0 to 45.
  const spans = times.map((time) => time.match(/^(\d+)–(\d+) min$/)!.slice(1).map(Number) as [number, number]);
  expect(spans[0]![0]).toBe(0);
  for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBe(spans[i - 1]![1]);
  expect(spans.at(-1)![1]).toBe(45);
  const rowOf = async (href: string) => {
    for (let i = 0; i < (await rows.count()); i++) if ((await rows.nth(i).locator(`a[href="${href}"]`).count()) > 0) return i;
    return -1;
  };
  const [a, present, b, handout, safety] = (await Promise.all(
    ['/en/quiz/worksheet/a/', '/en/quiz/present/a/', '/en/quiz/worksheet/b/', '#handout-mine-awareness-day-4-april', '/en/staying-safe/'].map(rowOf),
  )) as [number, number, number, number, number];
  expect(a).toBe(0);
  expect(present).toBeGreaterThan(a);
  expect(b).toBeGreaterThan(present);
  expect(handout).toBeGreaterThan(b);
  expect(safety).toBeGreaterThan(a);
  expect(safety).toBeLessThan(b);
  // The anchor reaches the handout, and the keys are linked for marking.
  await expect(page.locator('#handout-mine-awareness-day-4-april')).toHaveCount(1);
  for (const version of VERSIONS) await expect(page.locator(`article a[href="/en/quiz/worksheet/${version}/key/"]`).first()).toBeVisible();
  // It opens with a short summary: two or three sentences before the first section.
  const summary = (await page.locator('article .page-body > p').first().textContent())!;
  expect(summary.match(/[.!?](\s|$)/g)?.length).toBeGreaterThanOrEqual(2);
  expect(summary.match(/[.!?](\s|$)/g)?.length).toBeLessThanOrEqual(3);
});
