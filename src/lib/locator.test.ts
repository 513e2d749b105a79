import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCATOR_HEIGHT, LOCATOR_WIDTH, project, REGION_POINTS, regionPoint, ringsToPath } from './locator.ts';

describe('locator', () => {
  it('has a point for every region page', () => {
    const slugs = readdirSync('content/pages/en/regions')
      .filter((file) => file.endsWith('.mdx') && file !== 'index.mdx')
      .map((file) => file.replace(/\.mdx$/, ''));
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) expect(REGION_POINTS[slug], slug).toBeDefined();
  });
  it('puts every point inside the map', () => {
    for (const slug of Object.keys(REGION_POINTS)) {
      const { x, y } = regionPoint(`regions/${slug}`)!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(LOCATOR_WIDTH);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(LOCATOR_HEIGHT);
    }
  });
  it('projects longitude to x and latitude to y', () => {
    expect(project(0, 0)).toEqual({ x: 180, y: 84 });
    expect(project(84, -180)).toEqual({ x: 0, y: 0 });
    expect(regionPoint('regions/nowhere')).toBeUndefined();
  });
  it('draws rings as rounded paths, without repeated points or degenerate rings', () => {
    expect(ringsToPath([[[0, 0], [0.2, 0.1], [10, 0], [10, 10]], [[1, 1], [1.1, 1.1], [1, 1.2]]])).toBe('M180 84L190 84L190 74Z');
    expect(ringsToPath([[[0, -70], [10, -70], [5, -80]]])).toBe('');
  });
});
