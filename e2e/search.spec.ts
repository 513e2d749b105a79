// Search, as a reader uses it: the header's field leads to /<locale>/search/?q=…,
// which lists pages in the reader's language only (never a page shown in English
// as a fallback), works without JavaScript as far as it can, and loads Pagefind
// only there and only for a query.
import { readFileSync } from 'node:fs';
import { test as base, type Page } from '@playwright/test';
import { DEFAULT_LOCALE, LOCALES } from '../src/i18n/locales.ts';
import { expectNoAxeViolations } from './a11y.ts';
import { expect, test } from './fixtures.ts';
import { serveDist } from './static-server.ts';

type Strings = Record<string, string>;
const english: Strings = JSON.parse(readFileSync('content/i18n/en.json', 'utf8'));
/** A locale's UI strings, with English for keys it has not translated. */
function strings(code: string): Strings {
  return { ...english, ...(JSON.parse(readFileSync(`content/i18n/${code}.json`, 'utf8')) as Strings) };
}

/** Requests for Pagefind's files made by a page. */
function pagefindRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) seen.push(request.url());
  });
  return seen;
}

/** The longest word of a title: a word surely in that page's index. */
function longestWord(title: string): string {
  return title.split(/[\s,.:;!?'’«»“”"()]+/u).sort((a, b) => b.length - a.length)[0]!;
}

/** The search page's list of every page: each address with its title, and the ones shown in English as a fallback. */
async function allPages(page: Page, code: string) {
  await page.goto(`/${code}/search/`);
  const links = page.locator('.all-pages a');
  const pages = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent!.trim(), lang: a.getAttribute('lang') })));
  return { pages, fallbacks: pages.filter((p) => p.lang === DEFAULT_LOCALE && code !== DEFAULT_LOCALE) };
}

/** Searches from the address, as the header's form does, and returns the result links' addresses once shown. */
async function search(page: Page, code: string, query: string): Promise<string[]> {
  await page.goto(`/${code}/search/?q=${encodeURIComponent(query)}`);
  // Results and "no results" both name the query; anything else (still loading, could not load) fails here.
  await expect(page.getByRole('status')).toContainText(query, { timeout: 15_000 });
  return page.locator('.search-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

for (const locale of LOCALES) {
  test(`a search in ${locale.englishName} finds pages in ${locale.englishName}, never a fallback page`, async ({ page }) => {
    const t = strings(locale.code);
    const { pages, fallbacks } = await allPages(page, locale.code);
    const home = pages.find((p) => p.href === `/${locale.code}/`)!;
    const word = longestWord(home.title);
    const found = await search(page, locale.code, word);
    await expect(page.getByRole('searchbox', { name: t['search.label'] }).last()).toHaveValue(word);
    expect(found).toContain(home.href);
    for (const href of found) {
      expect(href.startsWith(`/${locale.code}/`), href).toBe(true);
      expect(fallbacks.map((f) => f.href), `${href} is shown in English in ${locale.englishName}`).not.toContain(href);
    }

    // A page shown in English here is not found by its English title in this language's index…
    const fallback = fallbacks[0];
    if (locale.code === DEFAULT_LOCALE || !fallback) return;
    expect(await search(page, locale.code, fallback.title)).not.toContain(fallback.href);
    // …while the English index finds the original.
    expect(await search(page, DEFAULT_LOCALE, fallback.title)).toContain(fallback.href.replace(`/${locale.code}/`, `/${DEFAULT_LOCALE}/`));
  });
}

test('Pagefind loads on the search page only, and only for a query', async ({ page }) => {
  const requests = pagefindRequests(page);
  await page.goto('/en/');
  await page.goto('/en/quiz/');
  await page.goto('/en/search/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);

  await page.getByRole('search', { name: english['search.label'] }).getByRole('searchbox').fill('deminers');
  await page.getByRole('search', { name: english['search.label'] }).getByRole('button').click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=deminers$/);
  await expect(page.locator('.search-list a').first()).toBeVisible({ timeout: 15_000 });
  expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the query from the address is shown as text, never as markup', async ({ page }) => {
  const attack = '<img src=x onerror="window.__hit=1"><b>bold</b>';
  await page.goto(`/en/search/?q=${encodeURIComponent(attack)}`);
  const status = page.getByRole('status');
  await expect(status).toContainText(attack, { timeout: 15_000 });
  await expect(page.locator('main img, main b')).toHaveCount(0);
  await expect(page.locator('#search-page-q')).toHaveValue(attack);
  expect(await page.evaluate(() => (window as unknown as { __hit?: number }).__hit)).toBeUndefined();
});

test('search works where Pagefind runs on the page itself (no web worker): the CSP allows WebAssembly there', async ({ page }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: a browser without workers
    delete window.Worker;
  });
  expect((await search(page, 'en', 'deminers')).length).toBeGreaterThan(0);
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' /);
  expect(policy).not.toContain("'unsafe-eval'");
  // No other page gets it.
  await page.goto('/en/');
  expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).not.toContain('wasm-unsafe-eval');
});

test('the search page with results passes axe, in a right-to-left language too', async ({ page }) => {
  // Two searches and two axe runs, on a shared two-core machine.
  test.setTimeout(90_000);
  for (const code of [DEFAULT_LOCALE, LOCALES.find((l) => l.dir === 'rtl')?.code].filter(Boolean) as string[]) {
    const { pages } = await allPages(page, code);
    const found = await search(page, code, longestWord(pages.find((p) => p.href === `/${code}/`)!.title));
    expect(found.length).toBeGreaterThan(0);
    await expectNoAxeViolations(page, `/${code}/search/ with results`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header field reaches the search page with the query, which says search needs JavaScript and lists every page', async ({ page }) => {
    const code = LOCALES.find((l) => l.code !== DEFAULT_LOCALE)?.code ?? DEFAULT_LOCALE;
    const t = strings(code);
    await page.goto(`/${code}/`);
    const form = page.getByRole('search', { name: t['search.label'] });
    await form.getByRole('searchbox').fill('mines');
    await form.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${code}/search/\\?q=mines$`));
    await expect(page.getByText(t['search.noscript']!)).toBeVisible();
    const allPages = page.getByRole('region', { name: t['search.allPages'] });
    await expect(allPages.getByRole('link', { name: t['sources.title'] })).toBeVisible();
    expect(await allPages.getByRole('link').count()).toBeGreaterThan(5);
  });
});

// On its own server (another port than the preview's), so without the fixture's same-origin check.
base.describe('served with the headers of public/_headers', () => {
  let site: Awaited<ReturnType<typeof serveDist>>;
  base.beforeAll(async () => {
    site = await serveDist();
  });
  base.afterAll(async () => {
    await site?.close();
  });

  base("Pagefind's worker runs under its own policy, which allows exactly WebAssembly", async ({ page }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== site.origin) elsewhere.push(request.url());
    });
    const worker = await page.request.get(`${site.origin}/pagefind/pagefind-worker.js`);
    expect(worker.headers()['content-security-policy']).toContain("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${site.origin}/en/search/?q=deminers`);
    await expect(page.locator('.search-list a').first()).toBeVisible({ timeout: 15_000 });
    expect(workers.some((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
    expect(elsewhere).toEqual([]);
  });
});
