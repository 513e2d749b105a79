// The Regions section: which pages belong to it, the order they are read in, and
// each page's neighbours. Pure, so it can be unit-tested without Astro.

/** The groups the region pages are listed under, in the order they are shown. */
export const REGION_GROUPS = ['asia', 'europe-caucasus', 'middle-east', 'americas', 'africa'] as const;
export type RegionGroup = (typeof REGION_GROUPS)[number];

/** The folder of the section: its index is /<locale>/regions/, its pages /<locale>/regions/<slug>/. */
export const REGIONS_SLUG = 'regions';

/** The optional `region` frontmatter of a region page. */
export interface RegionMeta {
  readonly group: RegionGroup;
  /** Position within the group, ascending. */
  readonly order: number;
}

/** True for a region page (regions/cambodia), false for the section index (regions) and every other page. */
export function isRegionSlug(slug: string): boolean {
  return slug.startsWith(`${REGIONS_SLUG}/`) && slug.length > REGIONS_SLUG.length + 1;
}

export interface Orderable {
  readonly slug: string;
  readonly region: RegionMeta;
}

/** Reading order: by group (in REGION_GROUPS order), then `order`, then slug so ties are stable. */
export function sortRegions<T extends Orderable>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      REGION_GROUPS.indexOf(a.region.group) - REGION_GROUPS.indexOf(b.region.group) ||
      a.region.order - b.region.order ||
      a.slug.localeCompare(b.slug, 'en'),
  );
}

/** The non-empty groups, in order, each with its pages in reading order. */
export function groupRegions<T extends Orderable>(items: readonly T[]): { group: RegionGroup; items: T[] }[] {
  const sorted = sortRegions(items);
  return REGION_GROUPS.map((group) => ({ group, items: sorted.filter((item) => item.region.group === group) })).filter(
    (entry) => entry.items.length > 0,
  );
}

/** The pages before and after `slug` in reading order; none past either end (the list does not wrap). */
export function regionNeighbours<T extends Orderable>(items: readonly T[], slug: string): { previous?: T; next?: T } {
  const sorted = sortRegions(items);
  const index = sorted.findIndex((item) => item.slug === slug);
  if (index === -1) return {};
  return {
    ...(index > 0 ? { previous: sorted[index - 1] } : {}),
    ...(index < sorted.length - 1 ? { next: sorted[index + 1] } : {}),
  };
}

/**
 * Pairs every region page with its `region` frontmatter, and throws, naming the
 * file, for a page under regions/ that lacks it: without it the page would have
 * no place in the list or the previous/next links.
 */
export function requireRegionMeta<P extends { slug: string; file: string; region?: RegionMeta | undefined }>(
  pages: readonly P[],
): (P & { region: RegionMeta })[] {
  return pages
    .filter((page) => isRegionSlug(page.slug))
    .map((page) => {
      if (!page.region) {
        throw new Error(
          `${page.file}: a region page needs "region: { group, order }" in its frontmatter (group: one of ${REGION_GROUPS.join(', ')}).`,
        );
      }
      return { ...page, region: page.region };
    });
}
