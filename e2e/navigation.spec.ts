// Getting around as a person would: keyboard only, without JavaScript, on paper.
import { expect, test } from './fixtures.ts';

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

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader can choose a language, follow the navigation and switch language', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /^Français/ }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL(/\/fr\/about\/$/);
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/about\/$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine Awareness Day');
  });
});

test('the print view drops navigation and shows link addresses', async ({ page }) => {
  await page.goto('/en/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
  const after = await page
    .locator('main a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/attr\(href\)|https:\/\//);
});
