// What the end-to-end tests know about languages, all derived from the registry
// (src/i18n/locales.ts) and the content folders, so that adding a language adds its
// tests and never breaks them:
// - LOCALES: the locales tests tagged @locale run for. E2E_LOCALES=he,es-MX narrows
//   them (the throwaway-locale check uses it to test only the languages it adds).
// - ui(code): the locale's UI strings, English where it has none, as the site shows them.
// - pages and quiz questions: which are translated, from the files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import english from '../content/i18n/en.json' with { type: 'json' };
import { readInventory } from '../src/i18n/translation-files.ts';
import { DEFAULT_LOCALE, LOCALES as REGISTRY } from '../src/i18n/locales.ts';
import { splitFrontmatter } from '../src/lib/content-errors.ts';
import { pageSlug } from '../src/lib/translation-status.ts';

export type UIStrings = typeof english;
export { DEFAULT_LOCALE, REGISTRY };

/** Tag for tests that run once per locale: `npx playwright test --grep @locale`. */
export const PER_LOCALE = { tag: '@locale' };

const only = process.env.E2E_LOCALES?.split(',').map((code) => code.trim()).filter(Boolean);
for (const code of only ?? []) {
  if (!REGISTRY.some((locale) => locale.code === code)) throw new Error(`E2E_LOCALES: "${code}" is not in src/i18n/locales.ts`);
}

/** The locales per-locale tests cover: every registered one, or those E2E_LOCALES names. */
export const LOCALES: readonly (typeof REGISTRY)[number][] = only ? REGISTRY.filter((locale) => only.includes(locale.code)) : REGISTRY;
/** The covered locales other than English: where fallbacks and notices can appear. */
export const TRANSLATED_LOCALES = LOCALES.filter((locale) => locale.code !== DEFAULT_LOCALE);
/** A right-to-left locale of the registry, for tests of mirroring (the first one covered, if any). */
export const RTL_LOCALE = LOCALES.find((locale) => locale.dir === 'rtl') ?? REGISTRY.find((locale) => locale.dir === 'rtl');

const stringFiles = new Map<string, Partial<UIStrings>>();
/** The locale's own UI strings only (what content/i18n/<code>.json has). */
export function ownStrings(code: string): Partial<UIStrings> {
  if (!stringFiles.has(code)) {
    const file = `content/i18n/${code}.json`;
    stringFiles.set(code, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<UIStrings>) : {});
  }
  return stringFiles.get(code)!;
}

/** Every UI string as the locale shows it: its own, or the English one. */
export function ui(code: string): UIStrings {
  return { ...english, ...ownStrings(code) };
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in vars ? String(vars[key]) : match));
}

/** Every English content page's path after the locale ('' for home, 'regions/' …), read from content/pages/en. */
export function englishSlugs(dir = `content/pages/${DEFAULT_LOCALE}`, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return englishSlugs(join(dir, entry.name), `${prefix}${entry.name}/`);
    if (!entry.name.endsWith('.mdx')) return [];
    const name = entry.name.replace(/\.mdx$/, '');
    return [name === 'index' ? prefix : `${prefix}${name}/`];
  });
}

/** Pages built from data and UI strings, in every locale, never a fallback. */
export const GENERATED_SLUGS = ['sources/', 'translations/'];

/** The translation reports, from the same code as npm run i18n:status and the Translations page. */
export const inventory = readInventory();

/** Page slugs (as in englishSlugs) of the locale's translations in a given state. */
export function pagesIn(code: string, state: 'done' | 'outdated' | 'missing'): string[] {
  const report = inventory.reports.find((r) => r.locale === code);
  return (report?.pages.items ?? []).filter((item) => item.state === state).map((item) => (pageSlug(item.id) ? `${pageSlug(item.id)}/` : ''));
}

/** True when the page is the locale's own (English, or a translation, current or not), false for an English fallback. */
export function hasOwnPage(code: string, slug: string): boolean {
  return code === DEFAULT_LOCALE || !pagesIn(code, 'missing').includes(slug);
}

/**
 * Whether a translated page is a draft (the default) or says a fluent reviewer checked
 * it (`translation.status: reviewed` in its frontmatter); undefined where the locale has no page of its own.
 */
export function pageStatus(code: string, slug: string): 'draft' | 'reviewed' | undefined {
  if (code === DEFAULT_LOCALE || !hasOwnPage(code, slug)) return undefined;
  const item = inventory.reports.find((r) => r.locale === code)?.pages.items.find((i) => (pageSlug(i.id) ? `${pageSlug(i.id)}/` : '') === slug);
  if (!item) return undefined;
  const parts = splitFrontmatter(readFileSync(item.file, 'utf8'));
  const data = parts ? (parse(parts.yaml) as { translation?: { status?: string } } | null) : null;
  return data?.translation?.status === 'reviewed' ? 'reviewed' : 'draft';
}

/** True when every page and every UI string of the locale is translated (current or not): nothing falls back to English. */
export function fullyTranslated(code: string): boolean {
  const report = inventory.reports.find((r) => r.locale === code);
  return code === DEFAULT_LOCALE || (report !== undefined && report.pages.missing === 0 && report.strings.missing === 0);
}
