// Language handling: switcher, fallback pages, hreflang and canonical links, the root chooser.
import ar from '../content/i18n/ar.json' with { type: 'json' };
import fr from '../content/i18n/fr.json' with { type: 'json' };
import { expect, test } from './fixtures.ts';

const notices = { fr: fr['fallback.notice'], ar: ar['fallback.notice'] };

test.describe('language switcher', () => {
  test('keeps the reader on the same page', async ({ page }) => {
    await page.goto('/fr/about/');
    const switcher = page.getByRole('navigation', { name: 'Langue' });
    await switcher.getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(/\/ar\/about\/$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

    await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/about\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('marks the current language in words, not only by style', async ({ page }) => {
    await page.goto('/fr/');
    const current = page.getByRole('navigation', { name: 'Langue' }).locator('[aria-current="page"]');
    await expect(current).toHaveText(/Français/);
    await expect(current).toContainText(fr['language.current']);
  });

  test('links each language in its own language', async ({ page }) => {
    await page.goto('/en/');
    const arabic = page.getByRole('link', { name: 'العربية' });
    await expect(arabic).toHaveAttribute('lang', 'ar');
    await expect(arabic).toHaveAttribute('hreflang', 'ar');
  });
});

test.describe('pages not yet translated', () => {
  for (const locale of ['fr', 'ar'] as const) {
    test(`/${locale}/about/ shows the English page with a ${locale} notice`, async ({ page }) => {
      await page.goto(`/${locale}/about/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('note')).toHaveText(notices[locale]);
      const article = page.locator('article');
      await expect(article).toHaveAttribute('lang', 'en');
      await expect(article).toHaveAttribute('dir', 'ltr');
      await expect(article.getByRole('heading', { level: 1 })).toHaveText('About this site');
      // English navigation labels are marked as English too, in the header and the footer.
      const dict = locale === 'fr' ? fr : ar;
      await expect(page.getByRole('navigation', { name: dict['nav.label'] }).getByRole('link', { name: 'The day' })).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('navigation', { name: dict['footer.nav'] }).getByRole('link', { name: 'About' })).toHaveAttribute('lang', 'en');
    });
  }

  test('translated pages carry no notice', async ({ page }) => {
    for (const path of ['/en/about/', '/en/', '/fr/', '/ar/']) {
      await page.goto(path);
      await expect(page.locator('[data-fallback-notice]'), path).toHaveCount(0);
      await expect(page.locator('article'), path).toHaveAttribute('lang', path.split('/')[1]!);
    }
  });
});

test.describe('hreflang and canonical', () => {
  test('a translated page lists every translation and x-default, and is its own canonical', async ({ page, baseURL }) => {
    await page.goto('/fr/');
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
    );
    expect(alternates).toEqual([
      ['en', '/en/'],
      ['fr', '/fr/'],
      ['ar', '/ar/'],
      ['x-default', '/en/'],
    ]);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe('/fr/');
    expect(baseURL).toBeTruthy();
  });

  test('a fallback page points to the English original', async ({ page }) => {
    await page.goto('/ar/about/');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe('/en/about/');
    const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
    expect(hreflangs).toEqual(['en', 'x-default']);
  });
});

test('the root page offers every language by its own name', async ({ page }) => {
  await page.goto('/');
  for (const [name, path, lang] of [
    ['English', '/en/', 'en'],
    ['Français', '/fr/', 'fr'],
    ['العربية', '/ar/', 'ar'],
  ] as const) {
    const link = page.getByRole('link', { name: new RegExp(`^${name}`) });
    await expect(link).toHaveAttribute('href', path);
    await expect(page.locator(`li[lang="${lang}"]`)).toHaveCount(1);
  }
  await page.getByRole('link', { name: /^العربية/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('an unknown address gets a 404 page in every language', async ({ page }) => {
  const response = await page.goto('/fr/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByText(fr['notFound.title'])).toBeVisible();
  await expect(page.getByText(ar['notFound.title'])).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(fr['notFound.home']) })).toHaveAttribute('href', '/fr/');
});

test('each locale has its own 404 page', async ({ page }) => {
  await page.goto('/ar/404.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['notFound.title']);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
