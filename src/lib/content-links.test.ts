import { describe, expect, it } from 'vitest';
import { localizeContentHref } from './content-links.ts';

describe('localizeContentHref', () => {
  it("moves a site path to the page's locale, keeping the anchor and query", () => {
    expect(localizeContentHref('/en/glossary/#term-erw', 'fr')).toBe('/fr/glossary/#term-erw');
    expect(localizeContentHref('/en/', 'ar')).toBe('/ar/');
    expect(localizeContentHref('/en/regions/cambodia/', 'en')).toBe('/en/regions/cambodia/');
    expect(localizeContentHref('/en/the-day/?print=1#themes', 'fr')).toBe('/fr/the-day/?print=1#themes');
  });

  it('adds the trailing slash and the base path', () => {
    expect(localizeContentHref('/en/about', 'fr', '/mine-day/')).toBe('/mine-day/fr/about/');
  });

  it('leaves other links alone', () => {
    for (const href of ['https://example.org/en/about/', '//example.org/en/', '#term-erw', 'mailto:a@b.c', '../about/', '/favicon.svg', '/de/about/']) {
      expect(localizeContentHref(href, 'fr')).toBe(href);
    }
  });
});
