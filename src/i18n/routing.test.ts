import { describe, expect, it } from 'vitest';
import { parseEntryId, planRoutes } from './routing.ts';

describe('parseEntryId', () => {
  it('reads the locale folder and the slug', () => {
    expect(parseEntryId('fr/about')).toEqual({ locale: 'fr', slug: 'about' });
    expect(parseEntryId('en/regions/cambodia')).toEqual({ locale: 'en', slug: 'regions/cambodia' });
  });

  it('treats index files, with or without "index" in the id, as the folder home', () => {
    expect(parseEntryId('en')).toEqual({ locale: 'en', slug: '' });
    expect(parseEntryId('en/index')).toEqual({ locale: 'en', slug: '' });
    expect(parseEntryId('ar/regions/index')).toEqual({ locale: 'ar', slug: 'regions' });
  });

  it('fails naming the file when the folder is not a locale', () => {
    expect(() => parseEntryId('xx/about')).toThrow('content/pages/xx/about: the folder "xx" is not a locale');
  });
});

describe('planRoutes', () => {
  const entries = [{ id: 'en' }, { id: 'fr' }, { id: 'en/about' }, { id: 'ar/about' }, { id: 'en/glossary' }];
  const routes = planRoutes(entries, ['en', 'fr', 'ar']);
  const find = (locale: string, slug: string) => routes.find((r) => r.locale === locale && r.slug === slug);

  it('builds every English page in every locale', () => {
    expect(routes).toHaveLength(3 * 3);
  });

  it('uses the translation where there is one', () => {
    expect(find('fr', '')).toMatchObject({ entry: { id: 'fr' }, isFallback: false });
    expect(find('ar', 'about')).toMatchObject({ entry: { id: 'ar/about' }, isFallback: false });
  });

  it('falls back to the English entry, marked as a fallback, where there is none', () => {
    expect(find('ar', '')).toMatchObject({ entry: { id: 'en' }, isFallback: true });
    expect(find('fr', 'glossary')).toMatchObject({ entry: { id: 'en/glossary' }, isFallback: true });
    expect(find('en', 'glossary')).toMatchObject({ isFallback: false });
  });

  it('records which locales really have the page, for hreflang', () => {
    expect(find('fr', 'about')?.translatedIn).toEqual(['en', 'ar']);
    expect(find('en', 'glossary')?.translatedIn).toEqual(['en']);
  });

  it('rejects a translation that has no English original', () => {
    expect(() => planRoutes([{ id: 'en' }, { id: 'fr/orphan' }])).toThrow(/content\/pages\/fr\/orphan: there is no English page/);
  });
});
