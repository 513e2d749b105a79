import { describe, expect, it } from 'vitest';
import { sitemapAlternates, sitemapEntries } from './sitemap.ts';

describe('sitemapAlternates', () => {
  const map = sitemapAlternates(['en/index', 'fr/index', 'en/about', 'ar/about'], 'https://example.org');

  it('lists translated pages only, leaving fallbacks out', () => {
    expect([...map.keys()].sort()).toEqual(['/ar/about/', '/en/', '/en/about/', '/fr/']);
  });

  it('links each page to its real translations and x-default', () => {
    expect(map.get('/fr/')).toEqual([
      { lang: 'en', url: 'https://example.org/en/' },
      { lang: 'fr', url: 'https://example.org/fr/' },
      { lang: 'x-default', url: 'https://example.org/en/' },
    ]);
    expect(map.get('/ar/about/')?.map((l) => l.lang)).toEqual(['en', 'ar', 'x-default']);
  });

  it('lists generated pages in every locale', () => {
    const withSources = sitemapAlternates(['en/index'], 'https://example.org', { generatedSlugs: ['sources'] });
    expect(withSources.get('/ar/sources/')?.map((l) => l.lang)).toEqual(['en', 'fr', 'ar', 'x-default']);
  });
});

describe('sitemapEntries', () => {
  const ids = ['en/index', 'fr/index', 'en/about'];

  it('keeps the root chooser and translated pages, at the site root', () => {
    const { filter } = sitemapEntries(ids, { site: 'https://example.org' });
    expect(['/', '/en/', '/fr/', '/en/about/', '/fr/about/', '/en/embed/counter/'].filter((path) => filter(`https://example.org${path}`))).toEqual([
      '/',
      '/en/',
      '/fr/',
      '/en/about/',
    ]);
  });

  it('keeps the same pages when the site is built under a base path, with or without slashes', () => {
    for (const base of ['/mine-day/', '/mine-day', 'mine-day']) {
      const { filter, serialize } = sitemapEntries(ids, { site: 'https://example.github.io', base });
      const kept = ['/mine-day/', '/mine-day/en/', '/mine-day/fr/', '/mine-day/en/about/', '/mine-day/fr/about/', '/en/', '/'].filter((path) =>
        filter(`https://example.github.io${path}`),
      );
      expect(kept, base).toEqual(['/mine-day/', '/mine-day/en/', '/mine-day/fr/', '/mine-day/en/about/']);
      expect(serialize({ url: 'https://example.github.io/mine-day/fr/' }).links).toContainEqual({ lang: 'en', url: 'https://example.github.io/mine-day/en/' });
    }
  });
});
