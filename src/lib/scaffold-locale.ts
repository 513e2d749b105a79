// Adds a language's line to the registry (src/i18n/locales.ts) as text, so that the
// file keeps its comments and layout. Pure; `npm run i18n:new` writes the result.
import type { TextDirection } from '../i18n/locales.ts';

export interface NewLocale {
  readonly code: string;
  readonly nativeName: string;
  readonly englishName: string;
  readonly dir: TextDirection;
}

/** A TypeScript string literal in the registry's style (single quotes). */
function literal(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function registryLine({ code, nativeName, englishName, dir }: NewLocale): string {
  return `  { code: ${literal(code)}, nativeName: ${literal(nativeName)}, englishName: ${literal(englishName)}, dir: ${literal(dir)} },`;
}

const END_OF_LIST = /^(\] as const satisfies readonly LocaleInfo\[\];)$/m;

/** The registry with the new line added at the end of the LOCALES list. */
export function addToRegistry(registry: string, locale: NewLocale): string {
  if (!END_OF_LIST.test(registry)) {
    throw new Error('src/i18n/locales.ts: could not find the end of the LOCALES list ("] as const satisfies readonly LocaleInfo[];"). Add the line by hand.');
  }
  return registry.replace(END_OF_LIST, `${registryLine(locale)}\n$1`);
}

/** Plain checks on the names a translator gives; the code is checked by checkLocaleCode. */
export function checkNames({ nativeName, englishName }: Pick<NewLocale, 'nativeName' | 'englishName'>): string | undefined {
  for (const [label, value] of [
    ['--native-name', nativeName],
    ['--english-name', englishName],
  ] as const) {
    if (!value.trim()) return `${label} is empty.`;
    if (value.length > 40) return `${label} is ${value.length} characters long; a language name fits in 40.`;
    if (/[\n\r<>{}]/.test(value)) return `${label} may not contain line breaks or < > { }.`;
  }
  return undefined;
}
