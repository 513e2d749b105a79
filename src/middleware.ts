// Runs on every page as it is rendered (at build time for this static site).
// English text standing in for a missing translation arrives wrapped in fallback
// marks by t(); here it becomes <span lang="en" dir="ltr">, so that screen readers
// read it as English and its punctuation stays in place in right-to-left pages.
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, getLocaleDir } from './i18n/locales.ts';
import { hasFallbackMarks, markFallbackHtml } from './lib/fallback-marks.ts';

const fallback = { lang: DEFAULT_LOCALE, dir: getLocaleDir(DEFAULT_LOCALE) };

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const body = hasFallbackMarks(html) ? markFallbackHtml(html, fallback) : html;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
