// Sitemap entries with hreflang alternates, derived from the same routing plan as
// the pages. Fallback pages are left out: their canonical is the English original.
import { DEFAULT_LOCALE, LOCALE_CODES } from './locales.ts';
import { planRoutes } from './routing.ts';
import { absoluteUrl, localizedPath } from './urls.ts';

export interface SitemapLink {
  readonly lang: string;
  readonly url: string;
}

/**
 * Maps the path of every page worth listing to its hreflang alternates.
 * `pageIds` are content file paths without extension, relative to content/pages
 * (e.g. 'fr/index', 'en/about').
 */
export function sitemapAlternates(
  pageIds: readonly string[],
  site: string,
  { base = '/', generatedSlugs = [] }: { base?: string; generatedSlugs?: readonly string[] } = {},
): Map<string, SitemapLink[]> {
  const listed = new Map<string, SitemapLink[]>();
  // Pages generated from UI strings and data (e.g. the Sources page) exist in every locale.
  const generated = generatedSlugs.flatMap((slug) => LOCALE_CODES.map((locale) => ({ id: `${locale}/${slug}` })));
  for (const route of planRoutes([...pageIds.map((id) => ({ id })), ...generated])) {
    if (route.isFallback) continue;
    const links = [
      ...route.translatedIn.map((lang) => ({ lang, url: absoluteUrl(localizedPath(lang, route.slug, base), site) })),
      { lang: 'x-default', url: absoluteUrl(localizedPath(DEFAULT_LOCALE, route.slug, base), site) },
    ];
    listed.set(localizedPath(route.locale, route.slug, base), links);
  }
  return listed;
}

/**
 * The @astrojs/sitemap `filter` and `serialize` for a site built at `site` under `base`:
 * translated pages with their alternates, and the root language chooser (at `base`).
 */
export function sitemapEntries(
  pageIds: readonly string[],
  { site, base = '/', generatedSlugs = [] }: { site: string; base?: string; generatedSlugs?: readonly string[] },
) {
  const alternates = sitemapAlternates(pageIds, site, { base, generatedSlugs });
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return {
    filter: (page: string): boolean => {
      const path = new URL(page).pathname;
      return path === root || alternates.has(path);
    },
    serialize: <T extends { url: string }>(item: T): T & { links: SitemapLink[] } => ({ ...item, links: alternates.get(new URL(item.url).pathname) ?? [] }),
  };
}
