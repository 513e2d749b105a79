// Getting around as a person would: keyboard only, without JavaScript, on paper.
import { expect, test } from './fixtures.ts';
import { LOCALES, PER_LOCALE, REGISTRY, ui } from './locales.ts';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every link in the header can be reached with Tab and shows a focus outline', async ({ page }) => {
  await page.goto('/fr/');
  const headerLinks = await page.locator('header a').count();
  let reached = 0;
  for (let i = 0; i < headerLinks + 1; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { href: el.getAttribute('href'), inHeader: Boolean(el.closest('header')), outline: style.outlineStyle };
    });
    if (info.inHeader) {
      expect(info.outline, `focus outline on ${info.href}`).not.toBe('none');
      reached++;
    }
  }
  expect(reached).toBe(headerLinks);
});

test.describe('with JavaScript disabled', PER_LOCALE, () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`an ${locale.englishName}-language reader can choose the language, follow the navigation and switch language`, async ({ page }) => {
      const t = ui(locale.code);
      await page.goto('/');
      await page.getByRole('link', { name: new RegExp(`^${locale.nativeName}`) }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale.code}/$`));
      const nav = page.getByRole('navigation', { name: t['nav.label'] });
      const links = await nav.getByRole('link').all();
      expect(links.length).toBeGreaterThan(1);
      const last = links.at(-1)!;
      const href = await last.getAttribute('href');
      await last.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      const other = REGISTRY.find((l) => l.code !== locale.code)!;
      await page.getByRole('navigation', { name: t['language.label'] }).getByRole('link', { name: other.nativeName, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${href!.replace(`/${locale.code}/`, `/${other.code}/`)}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other.code);
    });
  }
});

test('the print view drops navigation and shows link addresses', async ({ page }) => {
  await page.goto('/en/about/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
  const after = await page
    .locator('main a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/attr\(href\)|https:\/\//);
});
