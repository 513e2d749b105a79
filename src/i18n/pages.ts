// The built routes of the content pages, read from the `pages` collection once.
import { getCollection, type CollectionEntry } from 'astro:content';
import { getSources } from '../data/sources.ts';
import { assertCitationsKnown } from '../lib/sources.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { planRoutes, type PlannedRoute } from './routing.ts';
import { localizedPath } from './urls.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type PageRoute = PlannedRoute<PageEntry>;

let cached: Promise<PageRoute[]> | undefined;

export function getPageRoutes(): Promise<PageRoute[]> {
  cached ??= Promise.all([getCollection('pages'), getSources()]).then(([entries, sources]) => {
    // An unknown <Cite id> fails the build here, naming the file.
    const known = new Set(sources.keys());
    for (const entry of entries) assertCitationsKnown(entry.filePath ?? `content/pages/${entry.id}.mdx`, entry.body ?? '', known);
    return planRoutes(entries);
  });
  return cached;
}

export interface NavItem {
  readonly href: string;
  readonly label: string;
  readonly slug: string;
  /** Set when the label is the English fallback, so it can be marked lang="en". */
  readonly lang?: Locale;
}

/** Header navigation for a locale: pages with `nav` in their English frontmatter, labelled in the locale. */
export async function getNavItems(locale: Locale, base: string): Promise<NavItem[]> {
  const routes = await getPageRoutes();
  const english = new Map(routes.filter((r) => r.locale === DEFAULT_LOCALE).map((r) => [r.slug, r.entry.data]));
  return routes
    .filter((route) => route.locale === locale && english.get(route.slug)?.nav)
    .sort((a, b) => english.get(a.slug)!.nav!.order - english.get(b.slug)!.nav!.order)
    .map((route) => ({
      slug: route.slug,
      href: localizedPath(locale, route.slug, base),
      label: route.entry.data.nav?.label ?? route.entry.data.title,
      ...(route.isFallback ? { lang: DEFAULT_LOCALE } : {}),
    }));
}
