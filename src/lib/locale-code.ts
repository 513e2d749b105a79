// Checks a new locale code before it becomes a folder name, a URL segment and a
// `lang` attribute for good. Pure: Intl (ICU, shipped with Node) knows the language,
// script and region subtags, so no registry file is needed.

export type LocaleCodeCheck =
  | {
      readonly ok: true;
      readonly code: string;
      /** The script the language is written in (ISO 15924, e.g. 'Latn', 'Hans', 'Hebr'). */
      readonly script: string;
      /** Names ICU knows, offered as defaults when the scaffold asks. */
      readonly englishName?: string;
      readonly nativeName?: string;
    }
  | { readonly ok: false; readonly message: string };

const EXAMPLES = 'for example es (Spanish), es-MX (Spanish as used in Mexico) or zh-Hans (Chinese in simplified characters)';

function displayName(type: Intl.DisplayNamesType, value: string, locale = 'en'): string | undefined {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'none' }).of(value) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Accepts a BCP 47 tag written in its canonical case (`es-MX`, `zh-Hans`, `he`) whose
 * language, script and region are real subtags; refuses anything else with a message
 * that says what to write instead. `existing` are the codes already in the registry.
 */
export function checkLocaleCode(input: string, existing: readonly string[] = []): LocaleCodeCheck {
  const code = input.trim();
  const refuse = (why: string): LocaleCodeCheck => ({ ok: false, message: `"${code}" is not a language code this site can use: ${why}` });
  if (!code) return refuse(`give a BCP 47 language tag, ${EXAMPLES}.`);
  if (code.includes('_')) return refuse(`use a hyphen, not an underscore (${code.replace(/_/g, '-')}).`);

  let canonical: string;
  let parsed: Intl.Locale;
  try {
    canonical = Intl.getCanonicalLocales(code)[0]!;
    parsed = new Intl.Locale(code);
  } catch {
    return refuse(`it is not a BCP 47 language tag. Use a language code of 2 or 3 letters, optionally with a script and a region, ${EXAMPLES}.`);
  }
  if (parsed.baseName !== canonical) {
    return refuse('leave out extensions and private-use parts (-u-, -t-, -x-): number formats go in the registry line\'s "intl" field.');
  }
  if (canonical !== code) return refuse(`write it as ${canonical} (the standard spelling and case).`);

  const language = displayName('language', parsed.language);
  if (!language || /^q[a-t][a-z]$/.test(parsed.language)) {
    return refuse(`"${parsed.language}" is not an ISO 639 language code. Use the 2- or 3-letter code, ${EXAMPLES}.`);
  }
  if (parsed.script && !displayName('script', parsed.script)) return refuse(`"${parsed.script}" is not an ISO 15924 script code (such as Latn, Cyrl, Hans, Hant).`);
  if (parsed.region && !displayName('region', parsed.region)) return refuse(`"${parsed.region}" is not a region code (such as MX, BR, 419).`);

  const clash = existing.find((other) => other.toLowerCase() === code.toLowerCase());
  if (clash) return refuse(`${clash} is already in src/i18n/locales.ts.`);

  return {
    ok: true,
    code,
    script: scriptOf(code),
    englishName: displayName('language', code),
    nativeName: displayName('language', code, code),
  };
}

/** The script a locale is written in, from its tag or the language's usual script (`he` → Hebr, `zh-Hans` → Hans). */
export function scriptOf(code: string): string {
  try {
    return new Intl.Locale(code).maximize().script ?? 'Zyyy';
  } catch {
    return 'Zyyy'; // "undetermined": no font can be chosen for it
  }
}
