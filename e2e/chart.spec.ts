// The casualties chart: its numbers are the data file's numbers, in the SVG and in
// the table, in every locale, with no JavaScript.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { getIntlLocale } from '../src/i18n/locales.ts';
import { formatNumber } from '../src/lib/numbers.ts';
import { expect, test } from './fixtures.ts';
import { LOCALES, PER_LOCALE, RTL_LOCALE } from './locales.ts';

interface Edition {
  edition: number;
  dataYear: number;
  casualties: { value: number };
  killed?: { value: number };
  injured?: { value: number };
  revisedLater?: { edition: number; value: number }[];
}
const editions = (parse(readFileSync('content/data/landmine-monitor.yaml', 'utf8')) as Edition[]).sort((a, b) => a.edition - b.edition);

test.use({ javaScriptEnabled: false });

test('the data file covers the reports 2019 to 2025', () => {
  expect(editions.map((e) => e.edition)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
});

for (const locale of LOCALES) {
  const intl = getIntlLocale(locale.code);
  const n = (value: number) => formatNumber(value, intl);

  test(`${locale.code}: every bar shows its year, edition and value from the data file, at a length in proportion`, PER_LOCALE, async ({ page }) => {
    await page.goto(`/${locale.code}/casualties/`);
    const svg = page.locator('svg[data-chart]');
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg.locator('title')).not.toBeEmpty();
    await expect(svg.locator('desc')).toContainText(n(Math.max(...editions.map((e) => e.casualties.value))));
    const bars = await svg.locator('g.bar').evaluateAll((groups) =>
      groups.map((g) => ({
        year: Number(g.getAttribute('data-year')),
        edition: Number(g.getAttribute('data-edition')),
        value: Number(g.getAttribute('data-value')),
        width: Number(g.querySelector('rect')!.getAttribute('width')),
        yearText: g.querySelector('.year')!.textContent,
        editionText: g.querySelector('.edition')!.textContent,
        valueText: g.querySelector('.value')!.textContent,
      })),
    );
    expect(bars.map((b) => [b.year, b.edition, b.value])).toEqual(editions.map((e) => [e.dataYear, e.edition, e.casualties.value]));
    for (const [i, bar] of bars.entries()) {
      const e = editions[i]!;
      expect(bar.valueText).toBe(n(e.casualties.value));
      expect(bar.yearText).toBe(String(e.dataYear));
      expect(bar.editionText).toContain(String(e.edition));
      expect(bar.width / bars[0]!.width).toBeCloseTo(e.casualties.value / editions[0]!.casualties.value, 2);
    }
  });

  test(`${locale.code}: the table gives the same figures, and marks those the sources do not give`, PER_LOCALE, async ({ page }) => {
    await page.goto(`/${locale.code}/casualties/`);
    const table = page.locator('table[data-chart-table]');
    await expect(table.locator('caption')).not.toBeEmpty();
    await expect(table.locator('thead th[scope="col"]')).toHaveCount(5);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(editions.length);
    for (const [i, e] of editions.entries()) {
      const row = rows.nth(i);
      await expect(row.locator('th[scope="row"]')).toHaveText(String(e.dataYear));
      await expect(row.locator('[data-figure="casualties"]')).toHaveText(n(e.casualties.value));
      for (const measure of ['killed', 'injured'] as const) {
        const figure = e[measure];
        if (figure) await expect(row.locator(`[data-figure="${measure}"]`)).toHaveText(n(figure.value));
        else await expect(row.locator(`[data-figure="${measure}"]`)).toHaveCount(0);
      }
      await expect(row.locator('td.missing')).toHaveCount(Number(!e.killed) + Number(!e.injured));
      await expect(row.locator('td').last()).toContainText(String(e.edition));
      await expect(row.locator('td').last().locator('sup.cite a')).not.toHaveCount(0);
    }
  });
}

test('the note says that editions revise earlier years, with the data file’s examples', async ({ page }) => {
  await page.goto('/en/casualties/');
  const note = page.locator('[data-chart-note]');
  await expect(note).toContainText('Each edition also revises the figures for earlier years');
  for (const e of editions) {
    for (const r of e.revisedLater ?? []) {
      await expect(note).toContainText(
        `for ${e.dataYear}, Landmine Monitor ${e.edition} gave ${formatNumber(e.casualties.value, 'en')}, and Landmine Monitor ${r.edition} gave ${formatNumber(r.value, 'en')}`,
      );
    }
  }
});

test(`the chart is mirrored for a right-to-left language (${RTL_LOCALE!.code}), growing from the right`, async ({ page }) => {
  await page.goto(`/${RTL_LOCALE!.code}/casualties/`);
  const figure = page.locator('figure.casualty-chart');
  await expect(figure).toHaveAttribute('dir', 'rtl');
  await expect(figure).toHaveAttribute('lang', RTL_LOCALE!.code);
  const [first, last] = await figure.locator('g.tick text').evaluateAll((texts) => [texts[0]!, texts.at(-1)!].map((t) => Number(t.getAttribute('x'))));
  expect(first).toBeGreaterThan(last!);
});
