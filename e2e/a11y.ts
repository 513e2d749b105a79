import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe over the page, WCAG 2.2 A and AA. `withoutContrast` leaves out colour contrast,
 * the slowest rule, where colours cannot differ from a page already checked: the same
 * template in another language uses the same colours, only other words.
 */
export async function expectNoAxeViolations(page: Page, label: string, { withoutContrast = false } = {}) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  const { violations } = await (withoutContrast ? builder.disableRules(['color-contrast']) : builder).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** True when the page scrolls sideways: content wider than the viewport. */
export async function hasHorizontalScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
