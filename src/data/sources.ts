// The source registry as the pages use it: entries, their numbers, and which
// pages cite each one. Read from the `sources` collection once per build.
import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { getPageRoutes } from '../i18n/pages.ts';
import { localizedPath } from '../i18n/urls.ts';
import { HERO_CITATIONS } from '../lib/hero-citations.ts';
import { citedIds, numberSources, type Source } from '../lib/sources.ts';
import { dataComponentCitations } from './casualties.ts';
import { getQuizSourceIds } from './quiz.ts';

export interface NumberedSource extends Source {
  readonly number: number;
}

let cached: Promise<Map<string, NumberedSource>> | undefined;

/** Every source by id, with its number on the Sources page. */
export function getSources(): Promise<Map<string, NumberedSource>> {
  cached ??= getCollection('sources').then((entries) => {
    const sources = entries.map((entry) => entry.data);
    const numbers = numberSources(sources);
    return new Map(
      sources
        .map((source) => ({ ...source, number: numbers.get(source.id)! }))
        .sort((a, b) => a.number - b.number)
        .map((source) => [source.id, source]),
    );
  });
  return cached;
}

export interface CitingPage {
  readonly href: string;
  readonly title: string;
  /** Set when the page is shown in English as a fallback. */
  readonly lang?: string;
}

/** For a locale: each source id with the pages (in that locale's URLs) that cite it. */
export async function getCitingPages(locale: Locale, base: string): Promise<Map<string, CitingPage[]>> {
  const routes = (await getPageRoutes()).filter((route) => route.locale === locale);
  const quizSources = [...(await getQuizSourceIds())];
  const citing = new Map<string, CitingPage[]>();
  for (const route of routes) {
    const body = route.entry.body ?? '';
    // <Cite> ids, the sources of data components (charts, tables, the counter), for a
    // page that embeds the quiz the sources of its questions, and the home page's hero's.
    const ids = new Set([
      ...citedIds(body),
      ...(await dataComponentCitations(body)),
      ...(/<Quiz\b/.test(body) ? quizSources : []),
      ...(route.slug === '' ? Object.values(HERO_CITATIONS) : []),
    ]);
    for (const id of ids) {
      const page: CitingPage = {
        href: localizedPath(locale, route.slug, base),
        title: route.entry.data.title,
        ...(route.isFallback ? { lang: DEFAULT_LOCALE } : {}),
      };
      citing.set(id, [...(citing.get(id) ?? []), page]);
    }
  }
  return citing;
}
