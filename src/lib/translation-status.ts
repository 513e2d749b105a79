// Which translations are missing or out of date. Pure: the script that calls it
// (scripts/translation-status.mjs) supplies file lists and last-change dates.

export type PageStatus = 'translated' | 'missing' | 'outdated';

export interface PageFile {
  /** Path relative to the locale folder, e.g. 'about.mdx' or 'regions/cambodia.mdx'. */
  readonly path: string;
  /** When the file last changed (from git), if known. */
  readonly changed?: Date;
}

export interface PageReport {
  readonly path: string;
  readonly status: PageStatus;
}

/**
 * A translation is outdated when its English source changed after it did: the
 * translator should compare the two and update, then commit.
 */
export function comparePages(source: readonly PageFile[], translation: readonly PageFile[]): PageReport[] {
  const translated = new Map(translation.map((file) => [file.path, file]));
  return source.map(({ path, changed }) => {
    const own = translated.get(path);
    if (!own) return { path, status: 'missing' };
    if (changed && own.changed && changed.getTime() > own.changed.getTime()) return { path, status: 'outdated' };
    return { path, status: 'translated' };
  });
}

/** UI-string keys English has that the locale file lacks. */
export function missingKeys(englishKeys: readonly string[], localeKeys: readonly string[]): string[] {
  const have = new Set(localeKeys);
  return englishKeys.filter((key) => !have.has(key));
}
