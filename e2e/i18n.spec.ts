// Language handling: the switcher, pages not yet translated and out of date, English
// standing in for missing strings, hreflang and canonical links, the root chooser, the
// 404 pages and the public Translations page. Locales, strings and translation states
// come from the registry and the content files (e2e/locales.ts).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';
import { DEFAULT_LOCALE, englishSlugs, fill, fullyTranslated, hasOwnPage, inventory, LOCALES, ownStrings, PER_LOCALE, pageStatus, pagesIn, REGISTRY, RTL_LOCALE, TRANSLATED_LOCALES, ui } from './locales.ts';

const english = ui(DEFAULT_LOCALE);
const slugs = englishSlugs();
const firstFallback = (code: string) => slugs.find((slug) => !hasOwnPage(code, slug));
/** Titles of the cited sources, as content/sources.yaml gives them (in their own language). */
const SOURCE_TITLES = (parse(readFileSync('content/sources.yaml', 'utf8')) as { title: string }[]).map((source) => source.title.replace(/\s+/g, ' ').trim());

test.describe('language switcher', () => {
  test('keeps the reader on the same page, into and out of a right-to-left language', async ({ page }) => {
    const ltr = REGISTRY.find((l) => l.code !== DEFAULT_LOCALE && l.dir === 'ltr') ?? REGISTRY[0]!;
    const rtl = RTL_LOCALE!;
    await page.goto(`/${ltr.code}/about/`);
    await page.getByRole('navigation', { name: ui(ltr.code)['language.label'] }).getByRole('link', { name: rtl.nativeName }).click();
    await expect(page).toHaveURL(new RegExp(`/${rtl.code}/about/$`));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

    await page.getByRole('navigation', { name: ui(rtl.code)['language.label'] }).getByRole('link', { name: REGISTRY[0]!.nativeName }).click();
    await expect(page).toHaveURL(new RegExp(`/${DEFAULT_LOCALE}/about/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', DEFAULT_LOCALE);
  });

  test('marks the current language in words, not only by style, in each language', PER_LOCALE, async ({ page }) => {
    for (const locale of LOCALES) {
      await page.goto(`/${locale.code}/`);
      const current = page.getByRole('navigation', { name: ui(locale.code)['language.label'] }).locator('[aria-current="page"]');
      await expect(current).toHaveText(new RegExp(locale.nativeName));
      await expect(current).toContainText(ui(locale.code)['language.current']);
    }
  });

  test('links each language in its own language', async ({ page }) => {
    await page.goto(`/${DEFAULT_LOCALE}/`);
    for (const locale of REGISTRY) {
      const link = page.getByRole('navigation', { name: english['language.label'] }).locator(`a[href="/${locale.code}/"]`);
      await expect(link).toContainText(locale.nativeName);
      await expect(link).toHaveAttribute('lang', locale.code);
      await expect(link).toHaveAttribute('hreflang', locale.code);
      await expect(link).toHaveAttribute('dir', locale.dir);
    }
  });
});

test.describe('pages not yet translated', PER_LOCALE, () => {
  for (const locale of TRANSLATED_LOCALES) {
    test(`${locale.code}: a page not yet translated is the English page, under a notice in the reader's language`, async ({ page }) => {
      const slug = firstFallback(locale.code);
      test.skip(slug === undefined, `every page is translated into ${locale.code}`);
      const t = ui(locale.code);
      await page.goto(`/${locale.code}/${slug}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await expect(page.locator('[data-fallback-notice]')).toHaveText(fill(t['fallback.notice'], { language: locale.nativeName }));
      const article = page.locator('article');
      await expect(article).toHaveAttribute('lang', DEFAULT_LOCALE);
      await expect(article).toHaveAttribute('dir', 'ltr');
      await expect(article.getByRole('heading', { level: 1 })).not.toBeEmpty();
      // Menu entries for English pages are marked as English, in the header and the footer.
      for (const name of [t['nav.label'], t['footer.nav']]) {
        for (const link of await page.getByRole('navigation', { name }).getByRole('link').all()) {
          const target = (await link.getAttribute('href'))!.replace(`/${locale.code}/`, '');
          if (slugs.includes(target) && !hasOwnPage(locale.code, target)) await expect(link, target).toHaveAttribute('lang', DEFAULT_LOCALE);
        }
      }
    });
  }
});

test.describe('translations and their notices', PER_LOCALE, () => {
  for (const locale of TRANSLATED_LOCALES) {
    test(`${locale.code}: an out-of-date translation says so and links to the English page; an up-to-date one carries no notice`, async ({ page }) => {
      const t = ui(locale.code);
      const outdated = pagesIn(locale.code, 'outdated');
      const done = pagesIn(locale.code, 'done');
      test.skip(outdated.length + done.length === 0, `no page is translated into ${locale.code} yet`);
      for (const slug of outdated) {
        await page.goto(`/${locale.code}/${slug}`);
        const notice = page.locator('[data-outdated-notice]');
        await expect(notice, slug).toContainText(t['translation.outdated']);
        const link = notice.getByRole('link', { name: t['translation.readEnglish'] });
        await expect(link).toHaveAttribute('href', `/${DEFAULT_LOCALE}/${slug}`);
        await expect(link).toHaveAttribute('hreflang', DEFAULT_LOCALE);
        await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
        await expect(page.locator('article')).toHaveAttribute('lang', locale.code);
      }
      // The notice depends on the page's state, not on the page: every out-of-date page, and
      // up-to-date ones of a few kinds (a locale may have thirty).
      const kinds = ['', 'the-day/', 'regions/', 'regions/cambodia/', 'glossary/'];
      const sample = done.filter((slug) => kinds.includes(slug));
      test.setTimeout(30_000 + (outdated.length + sample.length) * 5_000);
      for (const slug of sample.length > 0 ? sample : done.slice(0, 3)) {
        await page.goto(`/${locale.code}/${slug}`);
        await expect(page.locator('[data-outdated-notice], [data-fallback-notice]'), slug).toHaveCount(0);
        await expect(page.locator('article')).toHaveAttribute('lang', locale.code);
      }
    });

    test(`${locale.code}: English standing in for a missing translation is marked lang="en" dir="ltr"`, async ({ page }) => {
      // The English text of every UI string the locale lacks, and the titles of English pages in its menus.
      const missing = Object.entries(english)
        .filter(([key, text]) => !(key in ownStrings(locale.code)) && !text.includes('{'))
        .map(([, text]) => text);
      const fallback = firstFallback(locale.code);
      test.skip(missing.length === 0 && fallback === undefined, `${locale.code} is fully translated`);
      let checked = 0;
      for (const path of [`/${locale.code}/`, ...(fallback === undefined ? [] : [`/${locale.code}/${fallback}`])]) {
        await page.goto(path);
        const found = await page.evaluate(
          ({ missing, navNames }) => {
            const wanted = new Set(missing);
            const texts: { text: string; lang?: string; dir?: string }[] = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent!.trim();
              if (!text) continue;
              const element = node.parentElement!;
              // The page's own text is content, not UI strings (a page copied from English may share words with them).
              if (element.closest('.page-body')) continue;
              const inMenu = navNames.includes(element.closest('nav')?.getAttribute('aria-label') ?? '') && element.closest('a[lang]');
              if (!wanted.has(text) && !inMenu) continue;
              texts.push({ text, lang: element.closest('[lang]')?.getAttribute('lang') ?? undefined, dir: element.closest('[dir]')?.getAttribute('dir') ?? undefined });
            }
            return texts;
          },
          { missing, navNames: [ui(locale.code)['nav.label'], ui(locale.code)['footer.nav']] },
        );
        checked += found.length;
        for (const item of found) expect.soft(item, `${path}: "${item.text}"`).toMatchObject({ lang: DEFAULT_LOCALE, dir: 'ltr' });
      }
      if (fallback !== undefined) {
        // The English page itself (which may be in no menu, like a region page), marked as a whole.
        await page.goto(`/${locale.code}/${fallback}`);
        await expect(page.locator('article').first()).toHaveAttribute('lang', DEFAULT_LOCALE);
        await expect(page.locator('article').first()).toHaveAttribute('dir', 'ltr');
        checked++;
      }
      expect(checked, 'English text was found to check').toBeGreaterThan(0);
    });
  }

  test('English pages never carry a translation notice', async ({ page }) => {
    for (const slug of ['', 'about/']) {
      await page.goto(`/${DEFAULT_LOCALE}/${slug}`);
      await expect(page.locator('[data-outdated-notice], [data-fallback-notice], [data-draft-notice]')).toHaveCount(0);
      await expect(page.locator('article')).toHaveAttribute('lang', DEFAULT_LOCALE);
    }
  });
});

test.describe('draft and reviewed translations', PER_LOCALE, () => {
  for (const locale of TRANSLATED_LOCALES) {
    test(`${locale.code}: a draft translation invites review in the reader's language; a reviewed one does not`, async ({ page }) => {
      const t = ui(locale.code);
      const own = slugs.filter((slug) => hasOwnPage(locale.code, slug));
      const draft = own.find((slug) => pageStatus(locale.code, slug) === 'draft');
      const reviewed = own.find((slug) => pageStatus(locale.code, slug) === 'reviewed');
      test.skip(draft === undefined && reviewed === undefined, `no page is translated into ${locale.code} yet`);
      if (draft !== undefined) {
        await page.goto(`/${locale.code}/${draft}`);
        const notice = page.locator('[data-draft-notice]');
        await expect(notice, draft).toContainText(t['translation.draftNotice']);
        await expect(notice.getByRole('link', { name: t['translation.draftLink'] })).toHaveAttribute('href', `/${locale.code}/translations/`);
        expect(await notice.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(locale.code);
        // In the reader's language when the locale has the strings, not English standing in.
        if ('translation.draftNotice' in ownStrings(locale.code)) await expect(notice.locator('[lang]')).toHaveCount(0);
      }
      if (reviewed !== undefined) {
        await page.goto(`/${locale.code}/${reviewed}`);
        await expect(page.locator('[data-draft-notice]'), reviewed).toHaveCount(0);
      }
    });

    test(`${locale.code}: once fully translated, no English stands in for the menu or the page`, async ({ page }) => {
      test.skip(!fullyTranslated(locale.code), `${locale.code} still has pages or strings in English (npm run i18n:status -- ${locale.code})`);
      const t = ui(locale.code);
      const report = inventory.reports.find((r) => r.locale === locale.code)!;
      // One page per template: the home page, a content page, a region page, and the quiz once its questions are translated.
      const paths = [
        '',
        slugs.find((slug) => slug !== '' && !slug.startsWith('regions/'))!,
        slugs.find((slug) => slug.startsWith('regions/') && slug !== 'regions/')!,
        ...(report.questions.missing === 0 ? ['quiz/'] : []),
      ];
      for (const slug of paths) {
        await page.goto(`/${locale.code}/${slug}`);
        await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
        await expect(page.locator('[data-fallback-notice]'), slug).toHaveCount(0);
        await expect(page.getByRole('navigation', { name: t['nav.label'] }).locator('[lang="en"]'), `${slug}: menu`).toHaveCount(0);
        // English in the page is only ever the title of an English source (source lists,
        // the quiz's and the counter's source links) or a name the translation quotes in its
        // original language (<bdi lang="en">), never text standing in for a translation.
        const english = await page.getByRole('main').locator('[lang="en"]:not(bdi)').allTextContents();
        const notTitles = english.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => !SOURCE_TITLES.some((title) => text.includes(title)));
        expect(notTitles, `${slug}: English in main`).toEqual([]);
      }
    });
  }
});

test.describe('hreflang and canonical', () => {
  const withHome = REGISTRY.filter((locale) => hasOwnPage(locale.code, ''));

  test('a translated page lists every translation and x-default, and is its own canonical', async ({ page }) => {
    const locale = withHome.find((l) => l.code !== DEFAULT_LOCALE) ?? REGISTRY[0]!;
    await page.goto(`/${locale.code}/`);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    expect(alternates).toEqual([...withHome.map((l) => [l.code, `/${l.code}/`]), ['x-default', `/${DEFAULT_LOCALE}/`]]);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(`/${locale.code}/`);
  });

  test('a fallback page points to the English original', async ({ page }) => {
    const locale = TRANSLATED_LOCALES.find((l) => firstFallback(l.code) !== undefined);
    test.skip(!locale, 'every page is translated in every language');
    const slug = firstFallback(locale!.code)!;
    await page.goto(`/${locale!.code}/${slug}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(`/${DEFAULT_LOCALE}/${slug}`);
    const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect(hreflangs).toEqual([...REGISTRY.filter((l) => hasOwnPage(l.code, slug)).map((l) => l.code), 'x-default']);
  });
});

test('the root page offers every language by its own name', async ({ page }) => {
  await page.goto('/');
  for (const locale of REGISTRY) {
    const block = page.locator(`li[lang="${locale.code}"]`);
    await expect(block).toHaveCount(1);
    await expect(block).toHaveAttribute('dir', locale.dir);
    await expect(block.getByRole('link', { name: new RegExp(`^${locale.nativeName}`) })).toHaveAttribute('href', `/${locale.code}/`);
  }
  await page.getByRole('link', { name: new RegExp(`^${RTL_LOCALE!.nativeName}`) }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('an unknown address gets a 404 page in every language', async ({ page }) => {
  const response = await page.goto(`/${REGISTRY[1]?.code ?? DEFAULT_LOCALE}/no-such-page/`);
  expect(response?.status()).toBe(404);
  for (const locale of REGISTRY) {
    // Each language's block is a child of the heading (English standing in for a missing title is marked inside it).
    await expect(page.locator(`h1 > [lang="${locale.code}"]`)).toHaveText(ui(locale.code)['notFound.title']);
    await expect(page.locator(`li[lang="${locale.code}"]`).getByRole('link')).toHaveAttribute('href', `/${locale.code}/`);
  }
});

test('each locale has its own 404 page, not indexed', PER_LOCALE, async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale.code}/404.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(locale.code)['notFound.title']);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  }
});

test('the Translations page, linked from the footer, shows the same counts as npm run i18n:status', async ({ page }) => {
  await page.goto(`/${DEFAULT_LOCALE}/`);
  await page.getByRole('navigation', { name: english['footer.nav'] }).getByRole('link', { name: english['translations.title'] }).click();
  await expect(page).toHaveURL(new RegExp(`/${DEFAULT_LOCALE}/translations/$`));
  await expect(page.locator('section[data-locale]')).toHaveCount(inventory.reports.length);
  for (const report of inventory.reports) {
    const section = page.locator(`section[data-locale="${report.locale}"]`);
    for (const name of ['pages', 'questions', 'strings'] as const) {
      const { done, total, outdated, missing } = report[name];
      await expect(section.locator(`dd[data-section="${name}"]`)).toHaveText(fill(english['translations.counts'], { done, total, outdated, missing }));
    }
    const outdatedLinks = section.locator('[data-list="outdated"] a');
    await expect(outdatedLinks).toHaveCount(report.pages.outdated);
    for (const slug of pagesIn(report.locale, 'outdated')) await expect(section.locator(`[data-list="outdated"] a[href="/${report.locale}/${slug}"]`)).toHaveCount(1);
    await expect(section.locator('[data-list="missing"] a')).toHaveCount(report.pages.missing);
  }
});
