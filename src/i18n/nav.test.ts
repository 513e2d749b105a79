import { describe, expect, it } from 'vitest';
import { markFallback } from '../lib/fallback-marks.ts';
import { pageSchema } from '../lib/page-schema.ts';
import { buildNav } from './nav.ts';
import { planRoutes } from './routing.ts';

const page = (id: string, title: string, nav?: Record<string, unknown>) => ({
  id,
  data: pageSchema.parse({ title, description: 'A description long enough for the schema.', lastReviewed: '2026-11-27', nav }),
});

const routes = planRoutes(
  [
    page('en', 'Mine Awareness Day', { order: 0, label: 'Home' }),
    page('fr', 'Journée', { order: 0, label: 'Accueil' }),
    page('en/staying-safe', 'How to stay safe', { order: 40, label: 'Staying safe' }),
    page('en/the-day', 'The day', { order: 10 }),
    page('en/glossary', 'Glossary', { order: 85, placement: 'footer' }),
    page('en/about', 'About this site', { order: 90, label: 'About', placement: 'footer' }),
    page('en/regions/cambodia', 'Cambodia'),
    // A translation cannot move a page to another menu or reorder it: English decides.
    page('fr/about', 'À propos', { order: 1, label: 'À propos' }),
  ],
  ['en', 'fr', 'ar'],
);

describe('buildNav', () => {
  it('lists header pages in ascending order, leaving out footer pages and pages without nav', () => {
    expect(buildNav(routes, 'en', 'header').map((item) => item.href)).toEqual(['/en/', '/en/the-day/', '/en/staying-safe/']);
  });

  it('lists footer pages in the footer, in the order English gives', () => {
    expect(buildNav(routes, 'en', 'footer').map((item) => item.label)).toEqual(['Glossary', 'About']);
    expect(buildNav(routes, 'fr', 'footer').map((item) => item.href)).toEqual(['/fr/glossary/', '/fr/about/']);
  });

  it('labels items in the locale, marking English fallbacks as English', () => {
    const fr = buildNav(routes, 'fr', 'header');
    expect(fr[0]).toEqual({ slug: '', href: '/fr/', label: 'Accueil' });
    expect(fr[1]).toEqual({ slug: 'the-day', href: '/fr/the-day/', label: markFallback('The day'), lang: 'en' });
    expect(buildNav(routes, 'fr', 'footer')[1]).toMatchObject({ label: 'À propos' });
    expect(buildNav(routes, 'fr', 'footer')[1]).not.toHaveProperty('lang');
  });

  it('respects the base path', () => {
    expect(buildNav(routes, 'ar', 'footer', '/site/')[0]?.href).toBe('/site/ar/glossary/');
  });
});
