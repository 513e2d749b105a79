import { describe, expect, it } from 'vitest';
import { groupRegions, isRegionSlug, regionNeighbours, requireRegionMeta, sortRegions, type RegionMeta } from './regions.ts';

const page = (slug: string, group: RegionMeta['group'], order: number) => ({ slug, region: { group, order } });

// Deliberately out of order.
const pages = [
  page('regions/mozambique', 'africa', 10),
  page('regions/viet-nam', 'asia', 30),
  page('regions/cambodia', 'asia', 10),
  page('regions/syria', 'middle-east', 10),
  page('regions/lao-pdr', 'asia', 20),
  page('regions/ukraine', 'europe-caucasus', 20),
  page('regions/azerbaijan', 'europe-caucasus', 10),
];

describe('isRegionSlug', () => {
  it.each([
    ['regions/cambodia', true],
    ['regions/bosnia-and-herzegovina', true],
    ['regions', false],
    ['regions/', false],
    ['regionsx/cambodia', false],
    ['about', false],
    ['', false],
  ])('%s → %s', (slug, expected) => {
    expect(isRegionSlug(slug)).toBe(expected);
  });
});

describe('sortRegions', () => {
  it('orders by group, then by order within the group', () => {
    expect(sortRegions(pages).map((p) => p.slug)).toEqual([
      'regions/cambodia',
      'regions/lao-pdr',
      'regions/viet-nam',
      'regions/azerbaijan',
      'regions/ukraine',
      'regions/syria',
      'regions/mozambique',
    ]);
  });

  it('breaks ties by slug and leaves the input untouched', () => {
    const tied = [page('regions/b', 'asia', 1), page('regions/a', 'asia', 1)];
    expect(sortRegions(tied).map((p) => p.slug)).toEqual(['regions/a', 'regions/b']);
    expect(tied[0]!.slug).toBe('regions/b');
  });
});

describe('groupRegions', () => {
  it('returns only the groups that have pages, in the fixed group order', () => {
    const groups = groupRegions(pages);
    expect(groups.map((g) => g.group)).toEqual(['asia', 'europe-caucasus', 'middle-east', 'africa']);
    expect(groups[0]!.items.map((p) => p.slug)).toEqual(['regions/cambodia', 'regions/lao-pdr', 'regions/viet-nam']);
  });
});

describe('regionNeighbours', () => {
  it('gives the pages either side in reading order, across group boundaries', () => {
    const { previous, next } = regionNeighbours(pages, 'regions/viet-nam');
    expect(previous?.slug).toBe('regions/lao-pdr');
    expect(next?.slug).toBe('regions/azerbaijan');
  });

  it('has no previous page at the start and no next page at the end', () => {
    expect(regionNeighbours(pages, 'regions/cambodia')).toEqual({ next: expect.objectContaining({ slug: 'regions/lao-pdr' }) });
    expect(regionNeighbours(pages, 'regions/mozambique')).toEqual({ previous: expect.objectContaining({ slug: 'regions/syria' }) });
  });

  it('returns nothing for a page outside the list', () => {
    expect(regionNeighbours(pages, 'regions')).toEqual({});
  });
});

describe('requireRegionMeta', () => {
  it('keeps only pages under regions/', () => {
    const result = requireRegionMeta([
      { slug: 'regions', file: 'content/pages/en/regions/index.mdx' },
      { slug: 'about', file: 'content/pages/en/about.mdx' },
      { slug: 'regions/cambodia', file: 'content/pages/en/regions/cambodia.mdx', region: { group: 'asia', order: 10 } },
    ]);
    expect(result.map((p) => p.slug)).toEqual(['regions/cambodia']);
  });

  it('names the file of a region page without region frontmatter', () => {
    expect(() => requireRegionMeta([{ slug: 'regions/chad', file: 'content/pages/en/regions/chad.mdx' }])).toThrow(
      /content\/pages\/en\/regions\/chad\.mdx: a region page needs "region: \{ group, order \}"/,
    );
  });
});
