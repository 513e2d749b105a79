// UI-string dictionaries: validation of the JSON files in content/i18n/ and the
// per-key fallback lookup behind t(). Pure: the files are loaded in ui.ts.
import { z } from 'astro/zod';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

export type Dictionary<K extends string> = Readonly<Record<K, string>>;
export type Vars = Readonly<Record<string, string | number>>;

/**
 * Validates one locale file against the English key set. English must be complete;
 * other locales may leave keys out (they fall back to English per key), but an
 * unknown key (a typo or a key English has dropped) or an empty string fails, naming
 * the file and the key.
 */
export function validateDictionary<K extends string>(
  file: string,
  data: unknown,
  englishKeys: readonly K[],
  { complete }: { complete: boolean },
): Partial<Dictionary<K>> {
  const keys = Object.fromEntries(
    englishKeys.map((key) => [key, complete ? z.string().trim().min(1) : z.string().trim().min(1).optional()]),
  );
  const result = z.strictObject(keys).safeParse(data, { reportInput: true });
  if (result.success) return result.data as Partial<Dictionary<K>>;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `  - "${key}": not a key of the English file content/i18n/${DEFAULT_LOCALE}.json`).join('\n');
    }
    const key = issue.path.join('.') || '(file)';
    const problem = issue.code === 'invalid_type' && issue.input === undefined ? 'missing' : issue.message;
    return `  - "${key}": ${problem}`;
  });
  throw new Error(`${file} has invalid UI strings:\n${problems.join('\n')}`);
}

/**
 * Replaces {name} placeholders; a placeholder with no value stays visible so the gap is
 * noticed. Only the object's own properties count: `in` would also find inherited ones,
 * so "{constructor}" in a translation would render Object's constructor function.
 */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : match));
}

/**
 * Parses the text of a UI-string file. A syntax error names the file and says where
 * (Node's message gives the line and column), in plain words, instead of surfacing as
 * a bundler stack trace.
 */
export function parseDictionaryFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`${file} is not valid JSON: ${detail}. Look for a missing or extra comma or quote just before that place.`, { cause: error });
  }
}

export interface Translator<K extends string> {
  (key: K, vars?: Vars): string;
  /** The locale the string actually comes from: the page's, or English when it fell back. */
  localeOf(key: K): Locale;
}

export function createTranslator<K extends string>(
  locale: Locale,
  dictionaries: Readonly<Partial<Record<Locale, Partial<Dictionary<K>>>>>,
): Translator<K> {
  const own: Partial<Dictionary<K>> = dictionaries[locale] ?? {};
  const fallback: Partial<Dictionary<K>> = dictionaries[DEFAULT_LOCALE] ?? {};
  const lookup = (key: K): string => {
    const value = own[key] ?? fallback[key];
    if (value === undefined) throw new Error(`UI string "${key}" is missing from content/i18n/${DEFAULT_LOCALE}.json`);
    return value;
  };
  const t = ((key: K, vars?: Vars) => interpolate(lookup(key), vars)) as Translator<K>;
  t.localeOf = (key) => (own[key] !== undefined ? locale : DEFAULT_LOCALE);
  return t;
}
