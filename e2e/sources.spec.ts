import { readFileSync } from 'node:fs';
// Citations: a numbered link to the Sources page, which lists each source once with the pages citing it.
import en from '../content/i18n/en.json' with { type: 'json' };
import { expect, test } from './fixtures.ts';

test('a citation leads to its source on the Sources page, in the same language', async ({ page }) => {
  await page.goto('/fr/');
  // A citation in the page's own text (the hero's are drawn by the layout).
  const cite = page.locator('.page-body sup.cite a').first();
  await expect(cite).toHaveText(/^Source \[\d+\]$/);
  const number = (await cite.textContent())!.match(/\d+/)![0];
  await cite.click();
  await expect(page).toHaveURL(/\/fr\/sources\/#[a-z0-9-]+$/);
  const id = new URL(page.url()).hash.slice(1);
  const entry = page.locator(`li[id="${id}"]`);
  await expect(entry).toHaveAttribute('value', number);
  // "Cited on" names the French home page by its French title.
  const homeTitle = readFileSync('content/pages/fr/index.mdx', 'utf8').match(/^title: (.+)$/m)![1]!.trim();
  await expect(entry.getByRole('link', { name: homeTitle })).toBeVisible();
  // So do the sources of the hero's own citations, though they are not in the page's text.
  await page.goto('/fr/');
  const heroCite = page.locator('.hero sup.cite a').first();
  await heroCite.click();
  await expect(page.locator(`li[id="${new URL(page.url()).hash.slice(1)}"]`).getByRole('link', { name: homeTitle })).toBeVisible();
});

test('the Sources page groups sources by kind and says which are only further reading', async ({ page }) => {
  await page.goto('/en/sources/');
  await expect(page.getByRole('heading', { level: 2, name: 'United Nations and other official bodies' })).toBeVisible();
  await expect(page.locator('li[id="unmas-day-2023"]')).toContainText('Cited on: Mine Awareness Day');
  // A copy kept after the page moved to the UN's own text is listed, but as further reading only.
  await expect(page.locator('li[id="un-sg-message-2024-copy"] .cited-on')).toHaveText(en['sources.furtherReading']);
});

test('sources are filed by what they are: a party’s government under its heading whoever publishes it, state agencies named', async ({ page }) => {
  await page.goto('/en/sources/');
  // A Ukrainian government service's safety advice, published by a foundation, is still a party's statement.
  await expect(page.locator('section[aria-labelledby="kind-government-of-a-party"] li[id="eef-ses-three-do-nots"]')).toHaveCount(1);
  await expect(page.locator('li[id="star-cambodia-2024"]')).toContainText("China's state news agency");
  // No title reads like a Markdown link ("[…] (…)" or "[…](…)").
  for (const title of await page.locator('ol.sources > li > span > a').allTextContents()) {
    expect(title, title).not.toMatch(/\]\s*\(/);
  }
});
