// Content pages as a reader meets them: short header menu with the rest in the
// footer, "On this page" lists on long pages, glossary anchors, links that keep
// the reader in their language.
import { expect, test } from './fixtures.ts';
import { englishSlugs, hasOwnPage, TRANSLATED_LOCALES, ui } from './locales.ts';

// A page shown in English in another language, whichever that is today (from the inventory).
const fallback = TRANSLATED_LOCALES.flatMap((locale) => {
  const slug = englishSlugs().find((s) => s !== '' && !hasOwnPage(locale.code, s));
  return slug === undefined ? [] : [{ code: locale.code, slug }];
})[0];
// A language other than English, for links that must stay in the reader's language.
const other = TRANSLATED_LOCALES[0];

test('the header lists the main pages and the footer the others, each once', async ({ page }) => {
  await page.goto('/en/');
  const labels = async (name: string) => (await page.getByRole('navigation', { name }).getByRole('link').allTextContents()).map((t) => t.trim());
  const header = await labels('Main');
  const footer = await labels('More');
  const main = ['Home', 'The day', 'Mine action', 'Staying safe', 'For teachers'];
  const more = ['Mine Action Cannot Wait', 'Survivors', 'Deminers', 'What you can do', 'Glossary', 'About', 'Sources'];
  expect(header.filter((label) => main.includes(label))).toEqual(main);
  expect(footer.filter((label) => more.includes(label))).toEqual(more);
  expect(header.length, 'the header menu stays short').toBeLessThanOrEqual(7);
  expect(header.filter((label) => footer.includes(label))).toEqual([]);
});

test('the footer marks the current page', async ({ page }) => {
  await page.goto('/en/glossary/');
  const current = page.getByRole('navigation', { name: 'More' }).locator('[aria-current="page"]');
  await expect(current).toHaveText('Glossary');
});

test('a long page lists its sections, each linking to its heading', async ({ page }) => {
  await page.goto('/en/the-day/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = await toc.getByRole('link').all();
  expect(links.length).toBeGreaterThanOrEqual(4);
  for (const link of links) {
    const id = (await link.getAttribute('href'))!.replace(/^#/, '');
    await expect(page.locator(`h2[id="${id}"]`)).toHaveText((await link.textContent())!);
  }
  await links[2]!.click();
  await expect(page).toHaveURL(/#the-theme-of-each-year$/);
  await expect(page.getByRole('heading', { name: 'The theme of each year' })).toBeInViewport();
});

test('the home page has no list of sections', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('nav.toc')).toHaveCount(0);
});

test('on a page not yet translated, the list of sections is labelled in the reader’s language', async ({ page }) => {
  test.skip(fallback === undefined, 'every page is translated in every language');
  const { code, slug } = fallback!;
  await page.goto(`/${code}/${slug}`);
  const toc = page.getByRole('navigation', { name: ui(code)['toc.label'] });
  test.skip((await toc.count()) === 0, `/${code}/${slug} is too short for a list of sections`);
  await expect(toc).toBeVisible();
  await expect(page.locator('#toc-label')).toHaveAttribute('lang', code);
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');
});

test('glossary terms have anchors that other pages link to, in the reader’s language', async ({ page }) => {
  const code = other?.code ?? 'en';
  await page.goto(`/${code}/mine-action/`);
  // Whether the page is translated or not, its link to the term stays in the reader's language.
  const link = page.locator(`article a[href="/${code}/glossary/#term-erw"]`).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/${code}/glossary/#term-erw$`));
  const term = page.locator('dt#term-erw');
  await expect(term).not.toBeEmpty();
  await expect(term).toBeInViewport();
  await expect(page.locator('dl dt[id^="term-"]')).not.toHaveCount(0);
});

test('the three safety messages read the same on the staying-safe page and the handout', async ({ page }) => {
  const messages = ["Don't touch.", 'Go back the way you came and keep away.', 'Tell an adult.'];
  for (const path of ['/en/staying-safe/', '/en/teachers/']) {
    await page.goto(path);
    const scope = path.includes('teachers') ? page.locator('[data-handout]') : page.locator('.callout');
    const items = await scope.locator('ol > li strong').allTextContents();
    expect(items.map((t) => t.replace(/’/g, "'")), path).toEqual(messages);
  }
});

test('readers reach What you can do from the home page and Survivors from the pillars of mine action', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('main').getByRole('link', { name: 'What you can do', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/what-you-can-do\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you can do');
  // The page explains the third treaty the Secretary-General names, which has its own anchor.
  await expect(page.locator('h2#the-three-treaties')).toBeVisible();

  await page.goto('/en/mine-action/');
  const pillars = page.locator('h2#the-five-pillars + p + ol');
  await pillars.getByRole('link', { name: 'Survivors' }).click();
  await expect(page).toHaveURL(/\/en\/survivors\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Survivors');
});
