// Which built pages go into the search index, and in which language: the rules
// behind src/integrations/search-index.ts. Pure: takes a page's HTML and address.
//
// Pagefind builds one index per language from each page's <html lang>, and the
// search page loads only the index of its own language, so readers get results in
// theirs. A page under /fr/ whose body is the English fallback has lang="fr" on
// <html> but canonical points at the English original: it is left out, so French
// results never lead to an English page, and its text is found in English at the
// original's address. Inside an indexed page, passages in another language (an
// untranslated quiz question, a source's English title) are left out the same way.
import { isLocale, type Locale } from '../i18n/locales.ts';
import { parsePath } from '../i18n/urls.ts';

export type IndexDecision = { readonly index: true; readonly language: Locale } | { readonly index: false; readonly reason: string };

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
}

function firstTag(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[0];
}

/**
 * Whether to index a built page at `sitePath` (its address, base path included, e.g.
 * '/fr/about/'), and under which language. Indexed: pages under a locale, in that
 * locale's language, not marked noindex, whose canonical address is their own.
 */
export function indexDecision(html: string, sitePath: string, base = '/'): IndexDecision {
  const parsed = parsePath(sitePath, base);
  if (!parsed) return { index: false, reason: 'not under a language' };
  const lang = attribute(firstTag(html, /<html\b[^>]*>/i) ?? '', 'lang');
  if (!isLocale(lang) || lang !== parsed.locale) return { index: false, reason: `<html lang="${lang ?? ''}"> is not ${parsed.locale}` };
  for (const meta of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (attribute(meta[0], 'name')?.toLowerCase() === 'robots' && /noindex/i.test(attribute(meta[0], 'content') ?? '')) {
      return { index: false, reason: 'noindex' };
    }
  }
  const canonicalTag = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).find((tag) => attribute(tag, 'rel')?.toLowerCase() === 'canonical');
  const canonical = canonicalTag ? attribute(canonicalTag, 'href') : undefined;
  if (canonical !== undefined) {
    const canonicalPath = new URL(canonical.replace(/&amp;/g, '&'), 'http://site').pathname;
    if (canonicalPath !== sitePath) return { index: false, reason: `canonical is ${canonicalPath} (a fallback page)` };
  }
  return { index: true, language: parsed.locale };
}

/** True when a lang attribute names another language than `language` (en-GB is English). */
function otherLanguage(lang: string, language: string): boolean {
  const primary = (tag: string) => tag.trim().toLowerCase().split('-')[0];
  return lang.trim() !== '' && primary(lang) !== primary(language);
}

/**
 * The page's HTML as Pagefind should read it: only <main> is indexed (not the skip
 * link, header, menus or footer, which every page repeats), and elements in another
 * language than the page's are skipped. Astro writes every attribute value in double
 * quotes with < and > escaped, so start tags can be found without a full parser.
 */
export function prepareForIndex(html: string, language: string): string {
  let sawMain = false;
  return html.replace(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>/g, (tag, name: string, attrs = '') => {
    const lower = name.toLowerCase();
    if (lower === 'html') return tag;
    let extra = '';
    if (lower === 'main' && !sawMain) {
      sawMain = true;
      extra += ' data-pagefind-body';
    }
    const lang = attribute(attrs, 'lang');
    if (lang !== undefined && otherLanguage(lang, language)) extra += ' data-pagefind-ignore="all"';
    if (!extra) return tag;
    return tag.endsWith('/>') ? `${tag.slice(0, -2).trimEnd()}${extra} />` : `${tag.slice(0, -1)}${extra}>`;
  });
}
