// The site's menus, derived from the routing plan and the pages' `nav` frontmatter.
// Pure (no Astro runtime), so it is unit-tested; pages.ts feeds it the real routes.
import { markFallback } from '../lib/fallback-marks.ts';
import type { NavPlacement, PageData } from '../lib/page-schema.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import type { EntryRef, PlannedRoute } from './routing.ts';
import { localizedPath } from './urls.ts';

export interface NavItem {
  readonly href: string;
  readonly label: string;
  readonly slug: string;
  /** Set when the label is the English fallback, so it can be marked lang="en". */
  readonly lang?: Locale;
}

export interface NavEntry extends EntryRef {
  readonly data: Pick<PageData, 'title' | 'nav'>;
}

/**
 * The menu for one locale and placement: pages whose English frontmatter has `nav`
 * with that placement, in ascending order, labelled in the locale (its own `nav.label`
 * or title, else the English one, marked as English). Where a page goes and in which
 * order is decided once, in English, so every language has the same menus.
 */
export function buildNav<E extends NavEntry>(
  routes: readonly PlannedRoute<E>[],
  locale: Locale,
  placement: NavPlacement,
  base = '/',
): NavItem[] {
  const english = new Map(routes.filter((r) => r.locale === DEFAULT_LOCALE).map((r) => [r.slug, r.entry.data.nav]));
  return routes
    .filter((route) => route.locale === locale && english.get(route.slug)?.placement === placement)
    .sort((a, b) => english.get(a.slug)!.order - english.get(b.slug)!.order)
    .map((route) => ({
      slug: route.slug,
      href: localizedPath(locale, route.slug, base),
      // An English title in another language's menu is marked like any fallback text.
      label: route.isFallback && locale !== DEFAULT_LOCALE ? markFallback(route.entry.data.nav?.label ?? route.entry.data.title) : (route.entry.data.nav?.label ?? route.entry.data.title),
      ...(route.isFallback ? { lang: DEFAULT_LOCALE } : {}),
    }));
}
