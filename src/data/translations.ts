// The translation reports as the pages use them: read once per build by the same
// code as `npm run i18n:status` (src/i18n/translation-files.ts), so the public status
// page, the out-of-date notices and the command line always agree.
import { readInventory, type Inventory } from '../i18n/translation-files.ts';
import type { Locale } from '../i18n/locales.ts';
import { pageSlug, type LocaleReport, type TranslationState } from '../lib/translation-status.ts';

let cached: Inventory | undefined;

export function getInventory(): Inventory {
  cached ??= readInventory();
  return cached;
}

export function getReport(locale: Locale): LocaleReport | undefined {
  return getInventory().reports.find((report) => report.locale === locale);
}

/** The state of a page's translation: undefined for English and for pages built from the English fallback. */
export function pageTranslationState(locale: Locale, slug: string): TranslationState | undefined {
  return getReport(locale)?.pages.items.find((item) => pageSlug(item.id) === slug)?.state;
}
