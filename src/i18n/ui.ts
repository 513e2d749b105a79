// Loads and validates content/i18n/<locale>.json once, and exposes a typed t().
// The key type comes from the English file, so using a key English lacks fails
// `astro check`; a bad locale file fails the build with its name and key.
import english from '../../content/i18n/en.json';
import { createTranslator, validateDictionary, type Dictionary, type Translator } from './dictionary.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from './locales.ts';

export type UIKey = keyof typeof english;
export type T = Translator<UIKey>;

const files = import.meta.glob<unknown>('../../content/i18n/*.json', { eager: true, import: 'default' });
const englishKeys = Object.keys(english) as UIKey[];

function load(): Partial<Record<Locale, Partial<Dictionary<UIKey>>>> {
  const dictionaries: Partial<Record<Locale, Partial<Dictionary<UIKey>>>> = {};
  for (const locale of LOCALE_CODES) {
    const file = `content/i18n/${locale}.json`;
    const data = files[`../../${file}`];
    if (data === undefined) throw new Error(`${file} is missing: every locale in src/i18n/locales.ts needs a UI-string file.`);
    dictionaries[locale] = validateDictionary(file, data, englishKeys, { complete: locale === DEFAULT_LOCALE });
  }
  for (const path of Object.keys(files)) {
    const code = path.match(/([^/]+)\.json$/)?.[1];
    if (!LOCALE_CODES.some((locale) => locale === code)) {
      throw new Error(`${path.replace('../../', '')}: "${code}" is not a locale in src/i18n/locales.ts.`);
    }
  }
  return dictionaries;
}

const dictionaries = load();

export function useTranslations(locale: Locale): T {
  return createTranslator<UIKey>(locale, dictionaries);
}
