// The region pages as the Regions section shows them: read from the `pages`
// collection (every page under content/pages/en/regions/), never from a list kept
// by hand. Order and group come from the English frontmatter; titles and
// descriptions from the reader's locale where a translation exists.
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { getPageRoutes } from '../i18n/pages.ts';
import { localizedPath, parsePath } from '../i18n/urls.ts';
import { requireRegionMeta, sortRegions, type RegionMeta } from '../lib/regions.ts';

export interface RegionItem {
  readonly slug: string;
  readonly href: string;
  /** The page title: the country's name. */
  readonly label: string;
  /** One line saying what the page covers. */
  readonly description: string;
  readonly region: RegionMeta;
  /** The language the title and description are in: English when the page is not yet translated. */
  readonly lang: Locale;
}

/** Every region page in `locale`, in reading order. */
export async function getRegionItems(locale: Locale, base: string): Promise<RegionItem[]> {
  const routes = await getPageRoutes();
  const english = requireRegionMeta(
    routes
      .filter((route) => route.locale === DEFAULT_LOCALE)
      .map((route) => ({ slug: route.slug, file: route.entry.filePath ?? `content/pages/${route.entry.id}.mdx`, region: route.entry.data.region })),
  );
  const inLocale = new Map(routes.filter((route) => route.locale === locale).map((route) => [route.slug, route]));
  return sortRegions(
    english.map(({ slug, region }) => {
      const route = inLocale.get(slug)!;
      return {
        slug,
        href: localizedPath(locale, slug, base),
        label: route.entry.data.title,
        description: route.entry.data.description,
        region,
        lang: route.isFallback ? DEFAULT_LOCALE : locale,
      };
    }),
  );
}

/**
 * The language of the body shown at `pathname`: the locale itself, or English on a
 * page not yet translated. Components inside a page body use it so their own
 * labels match the text around them.
 */
export async function getBodyLocale(pathname: string, base: string): Promise<Locale> {
  const parsed = parsePath(pathname, base);
  if (!parsed) return DEFAULT_LOCALE;
  const route = (await getPageRoutes()).find((r) => r.locale === parsed.locale && r.slug === parsed.slug);
  return !route || route.isFallback ? DEFAULT_LOCALE : parsed.locale;
}
