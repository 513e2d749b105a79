// How far each translation has come: for pages, quiz questions and UI strings, what
// is done, out of date or missing. Pure: src/i18n/translation-files.ts reads the
// files; `npm run i18n:status` and the public /<locale>/translations/ page print the
// same reports.
//
// Out of date means: the English source changed after the translation was made. A
// page or question records the fingerprint of the English file it was translated from
// (`translation: { source: <hash> }`); a UI string file has a record of the English
// text of each key when it was translated (content/i18n/translated-from/<code>.json).
// Neither needs git history.

export type TranslationState = 'done' | 'outdated' | 'missing';
export const TRANSLATION_STATES = ['done', 'outdated', 'missing'] as const satisfies readonly TranslationState[];

export interface EnglishItem {
  /** Page path without extension ('about', 'regions/index'), question id, or UI-string key. */
  readonly id: string;
  readonly file: string;
  /** The fingerprint of the English file as it is now (pages, questions), or its text (strings). */
  readonly current: string;
}

export interface TranslatedItem {
  readonly id: string;
  readonly file: string;
  /** What the translation says it was made from; undefined when it does not say. */
  readonly recorded?: string | undefined;
}

export interface ItemReport {
  readonly id: string;
  readonly state: TranslationState;
  readonly englishFile: string;
  /** The translation's file, or where it goes when missing. */
  readonly file: string;
  readonly current: string;
  readonly recorded?: string | undefined;
}

export interface SectionReport {
  readonly total: number;
  readonly done: number;
  readonly outdated: number;
  readonly missing: number;
  readonly items: readonly ItemReport[];
}

/** Compares a locale's translations with the English items, in English order. Orphans (no English item) are left to the caller. */
export function compareItems(english: readonly EnglishItem[], translated: readonly TranslatedItem[], fileFor: (id: string) => string): SectionReport {
  const own = new Map(translated.map((item) => [item.id, item]));
  const items = english.map(({ id, file: englishFile, current }): ItemReport => {
    const translation = own.get(id);
    if (!translation) return { id, state: 'missing', englishFile, file: fileFor(id), current };
    const state = translation.recorded === current ? 'done' : 'outdated';
    return { id, state, englishFile, file: translation.file, current, recorded: translation.recorded };
  });
  return summarize(items);
}

export function summarize(items: readonly ItemReport[]): SectionReport {
  const count = (state: TranslationState) => items.filter((item) => item.state === state).length;
  return { total: items.length, done: count('done'), outdated: count('outdated'), missing: count('missing'), items };
}

/** Translations whose English item does not exist (a renamed or deleted English file, a misspelt name). */
export function orphans(english: readonly { id: string }[], translated: readonly TranslatedItem[]): TranslatedItem[] {
  const known = new Set(english.map((item) => item.id));
  return translated.filter((item) => !known.has(item.id));
}

export interface LocaleReport {
  readonly locale: string;
  readonly pages: SectionReport;
  readonly questions: SectionReport;
  readonly strings: SectionReport;
}

export type SectionName = 'pages' | 'questions' | 'strings';
export const SECTIONS = ['pages', 'questions', 'strings'] as const satisfies readonly SectionName[];

/** Content-page path ('about', 'regions/index', 'index') to the route slug ('about', 'regions', ''). */
export function pageSlug(id: string): string {
  return id.replace(/(^|\/)index$/, '');
}
