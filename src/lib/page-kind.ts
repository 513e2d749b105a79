// The kinds of content page that have a route of their own, and so CSS of their own:
// Astro bundles a route's styles for every page it builds, so the home page's hero and
// a region page's map live in their routes, not in the route of every other page.
import { isRegionSlug } from './regions.ts';

export type PageKind = 'home' | 'region' | 'page';

export function pageKind(slug: string): PageKind {
  if (slug === '') return 'home';
  return isRegionSlug(slug) ? 'region' : 'page';
}
