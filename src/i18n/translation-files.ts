// Reads what translators edit (content/pages, content/quiz, content/i18n) straight
// from the files, checks it and reports the state of every translation. One module for
// `npm run i18n:status`, the build's content check, the out-of-date notice on pages
// and the public translation status page, so they always agree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainSchemaIssues, parseYaml, splitFrontmatter, type ContentProblem } from '../lib/content-errors.ts';
import { figureUses, isValidDateText, PLACEHOLDER, placeholderProblem } from '../lib/figures.ts';
import { pageSchema } from '../lib/page-schema.ts';
import { quizQuestionSchema } from '../lib/quiz-schema.ts';
import { sourceHash } from '../lib/source-hash.ts';
import { compareItems, orphans, type EnglishItem, type LocaleReport, type TranslatedItem } from '../lib/translation-status.ts';
import { parseDictionaryFile } from './dictionary.ts';
import { DEFAULT_LOCALE, LOCALES } from './locales.ts';

export const CONTENT_DIRS = {
  pages: 'content/pages',
  quiz: 'content/quiz',
  strings: 'content/i18n',
  /** The English text each UI string was translated from, per locale (written by `npm run i18n:stamp`). */
  translatedFrom: 'content/i18n/translated-from',
  /** The figures registry: <Fig id="…" /> ids. */
  figures: 'content/data/figures.yaml',
} as const;

export const pageFile = (locale: string, id: string) => `${CONTENT_DIRS.pages}/${locale}/${id}.mdx`;
export const questionFile = (locale: string, id: string) => `${CONTENT_DIRS.quiz}/${locale}/${id}.yaml`;
export const stringsFile = (locale: string) => `${CONTENT_DIRS.strings}/${locale}.json`;
export const translatedFromFile = (locale: string) => `${CONTENT_DIRS.translatedFrom}/${locale}.json`;

export interface Inventory {
  /** Everything that must be fixed before the site can build: `--check` fails on any. */
  readonly problems: readonly ContentProblem[];
  /** One report per locale other than English, in registry order. */
  readonly reports: readonly LocaleReport[];
}

interface ParsedFile {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  /** The `translation.source` the file records, if any. */
  readonly recorded?: string | undefined;
}

/** Files under dir (recursively) whose names end in one of the extensions; ids are paths without extension. */
function listFiles(root: string, dir: string, extensions: readonly string[], prefix = ''): { id: string; file: string }[] {
  const full = join(root, dir, prefix);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((entry) => {
      const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listFiles(root, dir, extensions, relativePath);
      const extension = extensions.find((ext) => entry.name.endsWith(ext));
      return extension ? [{ id: relativePath.slice(0, -extension.length), file: `${dir}/${relativePath}` }] : [];
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

function recordedSource(data: unknown): string | undefined {
  const translation = (data as { translation?: { source?: unknown } } | null)?.translation;
  return typeof translation?.source === 'string' ? translation.source : undefined;
}

function readPages(root: string, locale: string, problems: ContentProblem[]): ParsedFile[] {
  return listFiles(root, `${CONTENT_DIRS.pages}/${locale}`, ['.mdx']).map(({ id, file }) => {
    const text = readFileSync(join(root, file), 'utf8');
    const parts = splitFrontmatter(text);
    if (!parts) {
      problems.push({ file, line: 1, message: 'the file must start with its fields (title, description, lastReviewed) between two lines of three dashes (---).' });
      return { id, file, text };
    }
    const parsed = parseYaml(file, parts.yaml, 2);
    if (parsed.problem) {
      problems.push(parsed.problem);
      return { id, file, text };
    }
    const result = pageSchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) problems.push(...explainSchemaIssues(file, result.error.issues, parts.yaml, 2));
    return { id, file, text, recorded: recordedSource(parsed.data) };
  });
}

function readQuestions(root: string, locale: string, problems: ContentProblem[]): ParsedFile[] {
  return listFiles(root, `${CONTENT_DIRS.quiz}/${locale}`, ['.yaml', '.yml']).map(({ id, file }) => {
    const text = readFileSync(join(root, file), 'utf8');
    if (id.includes('/')) problems.push({ file, message: `quiz questions go directly in ${CONTENT_DIRS.quiz}/${locale}/, not in a sub-folder.` });
    const parsed = parseYaml(file, text, 1);
    if (parsed.problem) {
      problems.push(parsed.problem);
      return { id, file, text };
    }
    const result = quizQuestionSchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) problems.push(...explainSchemaIssues(file, result.error.issues, text, 1));
    return { id, file, text, recorded: recordedSource(parsed.data) };
  });
}

function readJson(root: string, file: string, problems: ContentProblem[]): Record<string, unknown> | undefined {
  if (!existsSync(join(root, file))) return undefined;
  try {
    // The same words as the build's own check of UI-string files.
    const data = parseDictionaryFile(file, readFileSync(join(root, file), 'utf8'));
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
    problems.push({ file, message: 'must hold one object: { "key": "text", … }.' });
  } catch (error) {
    problems.push({ file, message: (error as Error).message.replace(`${file} `, '') });
  }
  return undefined;
}

/** Folders and files named after something that is not a locale in the registry. */
function strayLocales(root: string, codes: readonly string[], problems: ContentProblem[]) {
  const known = new Set(codes);
  const advice = (name: string) => {
    const sameButCase = codes.find((code) => code.toLowerCase() === name.toLowerCase());
    return sameButCase
      ? `write the name as ${sameButCase}, as in src/i18n/locales.ts.`
      : `"${name}" is not a language in src/i18n/locales.ts. Add the language with npm run i18n:new, or move the file.`;
  };
  for (const dir of [CONTENT_DIRS.pages, CONTENT_DIRS.quiz]) {
    if (!existsSync(join(root, dir))) continue;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (entry.isDirectory() && !known.has(entry.name)) problems.push({ file: `${dir}/${entry.name}/`, message: advice(entry.name) });
      if (entry.isFile() && /\.(mdx|ya?ml)$/.test(entry.name)) problems.push({ file: `${dir}/${entry.name}`, message: `files go in a language folder, such as ${dir}/${DEFAULT_LOCALE}/.` });
    }
  }
  for (const dir of [CONTENT_DIRS.strings, CONTENT_DIRS.translatedFrom]) {
    if (!existsSync(join(root, dir))) continue;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const code = entry.name.replace(/\.json$/, '');
      if (entry.isFile() && entry.name.endsWith('.json') && !known.has(code)) problems.push({ file: `${dir}/${entry.name}`, message: advice(code) });
    }
  }
}

const pageItems = (files: readonly ParsedFile[]): EnglishItem[] => files.map(({ id, file, text }) => ({ id, file, current: sourceHash(text) }));
const translatedItems = (files: readonly ParsedFile[]): TranslatedItem[] => files.map(({ id, file, recorded }) => ({ id, file, recorded }));

/** The ids in the figures registry (its own schema is checked when Astro reads it). */
function readFigureIds(root: string): Set<string> {
  const path = join(root, CONTENT_DIRS.figures);
  if (!existsSync(path)) return new Set();
  const parsed = parseYaml(CONTENT_DIRS.figures, readFileSync(path, 'utf8'));
  const entries = Array.isArray(parsed.data) ? (parsed.data as unknown[]) : [];
  return new Set(entries.map((entry) => (entry as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
}

/** Every {fig:…}, {date:…} and {num:…} in a question can be expanded: named with its line and field. */
function checkPlaceholders(files: readonly ParsedFile[], known: ReadonlySet<string>, problems: ContentProblem[]) {
  for (const { file, text } of files) {
    const lines = text.split(/\r?\n/);
    for (const match of text.matchAll(PLACEHOLDER)) {
      const problem = placeholderProblem(match[1]!, match[2]!, known);
      if (!problem) continue;
      const index = text.slice(0, match.index).split('\n').length - 1;
      // The field is the nearest line above that starts one (a wrong answer is "wrong, item N").
      let fieldLine = index;
      while (fieldLine > 0 && !/^[A-Za-z_][\w-]*\s*:/.test(lines[fieldLine]!)) fieldLine--;
      const key = lines[fieldLine]?.match(/^([A-Za-z_][\w-]*)\s*:/)?.[1];
      const item = key === 'wrong' ? lines.slice(fieldLine + 1, index + 1).filter((line) => /^\s*-\s/.test(line)).length : 0;
      const field = key === 'wrong' && item > 0 ? `wrong, item ${item}` : key;
      problems.push({ file, line: index + 1, ...(field ? { field } : {}), message: problem });
    }
  }
}

/** Every <Fig id> names a figure in the registry, and every <DateText date> is a real date. */
function checkFigureUses(files: readonly ParsedFile[], known: ReadonlySet<string>, problems: ContentProblem[]) {
  for (const { file, text } of files) {
    for (const use of figureUses(text)) {
      if (use.kind === 'fig' && !known.has(use.value)) {
        problems.push({ file, line: use.line, message: `<Fig id="${use.value}">: there is no figure "${use.value}" in ${CONTENT_DIRS.figures}. Keep the id exactly as the English page writes it.` });
      }
      if (use.kind === 'date' && !isValidDateText(use.value)) {
        problems.push({ file, line: use.line, message: `<DateText date="${use.value}">: write the date as YYYY-MM-DD (2005-12-08) or YYYY-MM (2026-02), as the English page does.` });
      }
    }
  }
}

/** Reads and checks every translator-facing file under root. */
export function readInventory(root = '.', locales: readonly { code: string }[] = LOCALES): Inventory {
  const problems: ContentProblem[] = [];
  const codes = locales.map((locale) => locale.code);
  strayLocales(root, codes, problems);

  const englishPages = readPages(root, DEFAULT_LOCALE, problems);
  const figureIds = readFigureIds(root);
  checkFigureUses(englishPages, figureIds, problems);
  const englishQuestions = readQuestions(root, DEFAULT_LOCALE, problems);
  checkPlaceholders(englishQuestions, figureIds, problems);
  for (const file of [...englishPages, ...englishQuestions]) {
    if (file.recorded !== undefined) problems.push({ file: file.file, field: 'translation', message: 'English files are the source of every translation: remove this field.' });
  }
  const englishStrings = readJson(root, stringsFile(DEFAULT_LOCALE), problems) ?? {};
  const stringItems: EnglishItem[] = Object.entries(englishStrings).map(([key, text]) => ({ id: key, file: stringsFile(DEFAULT_LOCALE), current: String(text) }));

  const reports = codes
    .filter((code) => code !== DEFAULT_LOCALE)
    .map((code): LocaleReport => {
      const pages = readPages(root, code, problems);
      checkFigureUses(pages, figureIds, problems);
      const questions = readQuestions(root, code, problems);
      checkPlaceholders(questions, figureIds, problems);
      for (const orphan of orphans(englishPages, pages)) {
        problems.push({ file: orphan.file, message: `there is no English page ${pageFile(DEFAULT_LOCALE, orphan.id)}. A translation keeps the English file's name; rename it, or delete it if the English page was removed.` });
      }
      for (const orphan of orphans(englishQuestions, questions)) {
        problems.push({ file: orphan.file, message: `there is no English question ${questionFile(DEFAULT_LOCALE, orphan.id)}. A translation keeps the English file's name; rename it, or delete it if the English question was removed.` });
      }

      const file = stringsFile(code);
      if (!existsSync(join(root, file))) problems.push({ file, message: `is missing: every language in src/i18n/locales.ts needs one (it may hold only {}).` });
      const strings = readJson(root, file, problems) ?? {};
      const record = readJson(root, translatedFromFile(code), problems) ?? {};
      for (const [key, value] of Object.entries(strings)) {
        if (!(key in englishStrings)) problems.push({ file, field: key, message: `is not a key of ${stringsFile(DEFAULT_LOCALE)}. Check the spelling, or remove it if English no longer has it.` });
        else if (typeof value !== 'string' || !value.trim()) problems.push({ file, field: key, message: 'must be a text that is not empty. Leave the key out to show the English text until it is translated.' });
      }
      const translatedStrings: TranslatedItem[] = Object.keys(strings)
        .filter((key) => key in englishStrings)
        .map((key) => ({ id: key, file, recorded: typeof record[key] === 'string' ? (record[key] as string) : undefined }));

      return {
        locale: code,
        pages: compareItems(pageItems(englishPages), translatedItems(pages), (id) => pageFile(code, id)),
        questions: compareItems(pageItems(englishQuestions), translatedItems(questions), (id) => questionFile(code, id)),
        strings: compareItems(stringItems, translatedStrings, () => file),
      };
    });

  return { problems, reports };
}
