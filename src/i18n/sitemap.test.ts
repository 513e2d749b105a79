import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from './locales.ts';
import { sitemapAlternates } from './sitemap.ts';

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
    expect(withSources.get('/ar/sources/')?.map((l) => l.lang)).toEqual([...LOCALE_CODES, 'x-default']);
  });
});
