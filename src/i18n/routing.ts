// Which pages get built where. English is the source: every English page is
// built in every locale, from the translation when one exists and otherwise from
// the English entry marked as a fallback (as Starlight does; Astro's own
// i18n.fallback is unreliable with getStaticPaths, withastro/astro#13614).
import { DEFAULT_LOCALE, LOCALE_CODES, isLocale, type Locale } from './locales.ts';

export interface EntryRef {
  /** The content collection id: '<locale>/<slug>', e.g. 'fr/about' or 'en/index'. */
  readonly id: string;
}

export interface PlannedRoute<E extends EntryRef> {
  readonly locale: Locale;
  /** '' for a locale's home page. */
  readonly slug: string;
  /** The entry whose body is shown: the translation, or the English source when isFallback. */
  readonly entry: E;
  readonly isFallback: boolean;
  /** Locales that have their own translation of this page (for hreflang). */
  readonly translatedIn: readonly Locale[];
}

/** Splits a collection id into locale and slug; 'en/index' and 'en/regions/index' are home pages of their folder. */
export function parseEntryId(id: string, collectionDir = 'content/pages'): { locale: Locale; slug: string } {
  const [locale, ...rest] = id.split('/');
  if (!isLocale(locale)) {
    throw new Error(
      `${collectionDir}/${id}: the folder "${locale}" is not a locale in src/i18n/locales.ts (known: ${LOCALE_CODES.join(', ')}).`,
    );
  }
  const slug = rest.join('/').replace(/(^|\/)index$/, '');
  return { locale, slug };
}

export function planRoutes<E extends EntryRef>(entries: readonly E[], locales: readonly Locale[] = LOCALE_CODES): PlannedRoute<E>[] {
  const bySlug = new Map<string, Map<Locale, E>>();
  for (const entry of entries) {
    const { locale, slug } = parseEntryId(entry.id);
    const perLocale = bySlug.get(slug) ?? new Map<Locale, E>();
    perLocale.set(locale, entry);
    bySlug.set(slug, perLocale);
  }

  const routes: PlannedRoute<E>[] = [];
  for (const [slug, perLocale] of bySlug) {
    const source = perLocale.get(DEFAULT_LOCALE);
    if (!source) {
      const orphan = [...perLocale.values()][0];
      throw new Error(
        `content/pages/${orphan?.id}: there is no English page with the same slug (content/pages/${DEFAULT_LOCALE}/${slug || 'index'}.mdx). Translations must mirror an English page.`,
      );
    }
    const translatedIn = locales.filter((locale) => perLocale.has(locale));
    for (const locale of locales) {
      const own = perLocale.get(locale);
      routes.push({ locale, slug, entry: own ?? source, isFallback: !own, translatedIn });
    }
  }
  return routes;
}
