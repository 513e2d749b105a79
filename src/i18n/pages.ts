// The built routes of the content pages, read from the `pages` collection once.
import { getCollection, type CollectionEntry } from 'astro:content';
import { getSources } from '../data/sources.ts';
import { pageKind, type PageKind } from '../lib/page-kind.ts';
import type { NavPlacement } from '../lib/page-schema.ts';
import { assertCitationsKnown } from '../lib/sources.ts';
import type { Locale } from './locales.ts';
import { buildNav, type NavItem } from './nav.ts';
import { planRoutes, type PlannedRoute } from './routing.ts';

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

/** The routes of one kind of page (each kind is built by its own route file). */
export async function getPageRoutesOf(kind: PageKind): Promise<PageRoute[]> {
  return (await getPageRoutes()).filter((route) => pageKind(route.slug) === kind);
}

export type { NavItem } from './nav.ts';

/** The menu for a locale: pages with `nav` in their English frontmatter, in the header (default) or the footer. */
export async function getNavItems(locale: Locale, base: string, placement: NavPlacement = 'header'): Promise<NavItem[]> {
  return buildNav(await getPageRoutes(), locale, placement, base);
}
