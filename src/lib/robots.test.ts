import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';

describe('robotsTxt', () => {
  it('points to the sitemap at the site root', () => {
    expect(robotsTxt('https://example.org')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n');
  });

  it('points to the sitemap under the base path the site is built with', () => {
    for (const base of ['/mine-day/', '/mine-day', 'mine-day']) {
      expect(robotsTxt(new URL('https://example.github.io'), base)).toMatch(/^Sitemap: https:\/\/example\.github\.io\/mine-day\/sitemap-index\.xml$/m);
    }
  });
});
