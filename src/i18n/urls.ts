// Localized URL building. Every page lives at /<locale>/<slug>/ under the site's base path.
import { isLocale, type Locale } from './locales.ts';

function trimSlashes(value: string): string {
  return value.replace(/^\/+|\/+$/g, '');
}

function withBase(path: string, base: string): string {
  const prefix = trimSlashes(base);
  return prefix ? `/${prefix}${path}` : path;
}

/** The path of a page: `localizedPath('fr', 'about')` is `/fr/about/`; slug '' is the locale's home. */
export function localizedPath(locale: Locale, slug = '', base = '/'): string {
  const cleanSlug = trimSlashes(slug);
  if (cleanSlug.split('/').some((segment) => segment === '..' || segment === '.')) {
    throw new Error(`Refusing to build a URL from the slug "${slug}"`);
  }
  return withBase(cleanSlug ? `/${locale}/${cleanSlug}/` : `/${locale}/`, base);
}

/**
 * Splits a path into its locale and slug, or returns undefined when it is not
 * under a locale (the root language chooser, the 404 page).
 */
export function parsePath(pathname: string, base = '/'): { locale: Locale; slug: string } | undefined {
  const prefix = trimSlashes(base);
  let rest = trimSlashes(pathname);
  if (prefix) {
    if (rest !== prefix && !rest.startsWith(`${prefix}/`)) return undefined;
    rest = trimSlashes(rest.slice(prefix.length));
  }
  const [first, ...others] = rest.split('/');
  if (!isLocale(first)) return undefined;
  const slug = others.join('/').replace(/(^|\/)index\.html$/, '');
  return { locale: first, slug: trimSlashes(slug) };
}

/** The same page in another language: the switcher's links. Paths outside a locale lead to that locale's home. */
export function switchLocalePath(pathname: string, target: Locale, base = '/'): string {
  const parsed = parsePath(pathname, base);
  return localizedPath(target, parsed?.slug ?? '', base);
}

/** Turns a site-relative path into an absolute URL (canonical, hreflang, Open Graph). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
