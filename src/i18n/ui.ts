// Loads and validates content/i18n/<locale>.json once, and exposes a typed t().
// The key type comes from the English file, so using a key English lacks fails
// `astro check`; a bad locale file fails the build with its name and key.
// The files are read as text and parsed here (not imported as JSON modules), so a
// syntax error names the file in plain words rather than as a bundler stack trace.
import type english from '../../content/i18n/en.json';
import { createTranslator, parseDictionaryFile, validateDictionary, type Dictionary, type Translator } from './dictionary.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from './locales.ts';

export type UIKey = keyof typeof english;
export type T = Translator<UIKey>;

const files = import.meta.glob<string>('../../content/i18n/*.json', { eager: true, query: '?raw', import: 'default' });

function read(locale: Locale): unknown {
  const file = `content/i18n/${locale}.json`;
  const text = files[`../../${file}`];
  if (text === undefined) throw new Error(`${file} is missing: every locale in src/i18n/locales.ts needs a UI-string file.`);
  return parseDictionaryFile(file, text);
}

function load(): Partial<Record<Locale, Partial<Dictionary<UIKey>>>> {
  for (const path of Object.keys(files)) {
    const code = path.match(/([^/]+)\.json$/)?.[1];
    if (!LOCALE_CODES.some((locale) => locale === code)) {
      throw new Error(`${path.replace('../../', '')}: "${code}" is not a locale in src/i18n/locales.ts.`);
    }
  }
  const source = read(DEFAULT_LOCALE);
  const englishKeys = (source !== null && typeof source === 'object' ? Object.keys(source) : []) as UIKey[];
  const dictionaries: Partial<Record<Locale, Partial<Dictionary<UIKey>>>> = {};
  for (const locale of LOCALE_CODES) {
    dictionaries[locale] = validateDictionary(`content/i18n/${locale}.json`, locale === DEFAULT_LOCALE ? source : read(locale), englishKeys, {
      complete: locale === DEFAULT_LOCALE,
    });
  }
  return dictionaries;
}

const dictionaries = load();

/** True when the English file has this key (own keys only: "constructor" is not a UI string). */
export function isUIKey(key: string): key is UIKey {
  return Object.hasOwn(dictionaries[DEFAULT_LOCALE] ?? {}, key);
}

export function useTranslations(locale: Locale): T {
  return createTranslator<UIKey>(locale, dictionaries);
}
