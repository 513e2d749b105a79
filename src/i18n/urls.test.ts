import { describe, expect, it } from 'vitest';
import { absoluteUrl, localizedPath, parsePath, switchLocalePath } from './urls.ts';

describe('localizedPath', () => {
  it('builds /<locale>/<slug>/ with a trailing slash', () => {
    expect(localizedPath('fr', 'about')).toBe('/fr/about/');
    expect(localizedPath('ar', 'regions/cambodia')).toBe('/ar/regions/cambodia/');
  });

  it("uses /<locale>/ for a locale's home", () => {
    expect(localizedPath('en')).toBe('/en/');
    expect(localizedPath('en', '')).toBe('/en/');
    expect(localizedPath('en', '/')).toBe('/en/');
  });

  it('prefixes the base path when the site is deployed in a sub-folder', () => {
    expect(localizedPath('fr', 'about', '/mine-day/')).toBe('/mine-day/fr/about/');
    expect(localizedPath('fr', '', '/mine-day')).toBe('/mine-day/fr/');
  });

  it('refuses path traversal in a slug', () => {
    expect(() => localizedPath('en', '../secret')).toThrow(/Refusing/);
  });
});

describe('parsePath', () => {
  it('splits locale and slug', () => {
    expect(parsePath('/fr/about/')).toEqual({ locale: 'fr', slug: 'about' });
    expect(parsePath('/ar/')).toEqual({ locale: 'ar', slug: '' });
    expect(parsePath('/en/regions/cambodia/index.html')).toEqual({ locale: 'en', slug: 'regions/cambodia' });
  });

  it('returns undefined outside a locale', () => {
    expect(parsePath('/')).toBeUndefined();
    expect(parsePath('/404.html')).toBeUndefined();
    expect(parsePath('/xx/about/')).toBeUndefined();
  });

  it('honours the base path', () => {
    expect(parsePath('/mine-day/fr/about/', '/mine-day/')).toEqual({ locale: 'fr', slug: 'about' });
    expect(parsePath('/other/fr/about/', '/mine-day/')).toBeUndefined();
  });
});

describe('switchLocalePath', () => {
  it('keeps the reader on the same page', () => {
    expect(switchLocalePath('/fr/about/', 'ar')).toBe('/ar/about/');
    expect(switchLocalePath('/ar/', 'en')).toBe('/en/');
    expect(switchLocalePath('/mine-day/en/about/', 'fr', '/mine-day/')).toBe('/mine-day/fr/about/');
  });

  it("leads to the target's home from a page outside any locale", () => {
    expect(switchLocalePath('/', 'fr')).toBe('/fr/');
    expect(switchLocalePath('/404.html', 'ar')).toBe('/ar/');
  });
});

describe('absoluteUrl', () => {
  it('resolves a path against the site URL', () => {
    expect(absoluteUrl('/fr/about/', 'https://example.org')).toBe('https://example.org/fr/about/');
    expect(absoluteUrl('/fr/', new URL('https://example.org/ignored/'))).toBe('https://example.org/fr/');
  });
});
