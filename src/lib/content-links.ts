// Links written in content pages. Authors write site paths in English, as
// "/en/glossary/#term-erw"; each page renders them in its own locale, so a French
// reader (even on a page shown in English as a fallback) stays on the French site,
// and a base path is added when the site lives in a sub-folder.
import type { Locale } from '../i18n/locales.ts';
import { localizedPath, parsePath } from '../i18n/urls.ts';

/** The href to render for a link written in content; anything but a /<locale>/… site path is left alone. */
export function localizeContentHref(href: string, locale: Locale, base = '/'): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const match = /^([^?#]*)(.*)$/.exec(href)!;
  const path = match[1]!;
  const rest = match[2]!;
  const parsed = parsePath(path);
  if (!parsed) return href;
  return `${localizedPath(locale, parsed.slug, base)}${rest}`;
}
