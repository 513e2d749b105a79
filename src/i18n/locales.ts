// The locale registry: the one list of languages the site is published in.
// Astro's i18n config, the language switcher, hreflang links, the sitemap and the
// project scripts all derive from it. To add a language, add a line here and a
// content/i18n/<code>.json file (see README "Adding a language").

export type TextDirection = 'ltr' | 'rtl';

export interface LocaleInfo {
  /** BCP 47 tag, used in URLs, `lang` and `hreflang`. */
  readonly code: string;
  /** The language's own name for itself, shown in the switcher. */
  readonly nativeName: string;
  /** The name in English, for scripts and status reports. */
  readonly englishName: string;
  readonly dir: TextDirection;
  /** Locale tag for Intl number and date formatting, when it differs from `code`. */
  readonly intl?: string;
}

export const LOCALES = [
  // British English, as the site writes it: dates are 8 December 2005, not December 8, 2005.
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', intl: 'en-GB' },
  { code: 'fr', nativeName: 'Français', englishName: 'French', dir: 'ltr' },
  // Western digits, as in UN Arabic documents and the resolution number A/RES/60/97.
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl', intl: 'ar-u-nu-latn' },
  { code: 'es', nativeName: 'Español', englishName: 'Spanish', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', englishName: 'Russian', dir: 'ltr' },
  { code: 'zh-Hans', nativeName: '中文', englishName: 'Chinese (Simplified)', dir: 'ltr' },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof LOCALES)[number]['code'];

/** The source language: complete, and the fallback for every other locale. */
export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_CODES: readonly Locale[] = LOCALES.map((locale) => locale.code);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

export function getLocaleInfo(code: Locale): LocaleInfo {
  const info = LOCALES.find((locale) => locale.code === code);
  if (!info) throw new Error(`Unknown locale "${code}"`);
  return info;
}

export function getLocaleDir(code: Locale): TextDirection {
  return getLocaleInfo(code).dir;
}

/** The tag to hand to Intl.NumberFormat and Intl.DateTimeFormat. */
export function getIntlLocale(code: Locale): string {
  const info: LocaleInfo = getLocaleInfo(code);
  return info.intl ?? info.code;
}

/** Astro's `i18n` option, derived from the registry. Every locale, English too, lives under /<code>/. */
export function astroI18nConfig() {
  return {
    locales: [...LOCALE_CODES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  };
}
