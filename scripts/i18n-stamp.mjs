#!/usr/bin/env node
// Records that a translation matches the English as it is now, so that
// `npm run i18n:status` stops listing it as out of date:
//
//   npm run i18n:stamp -- content/pages/fr/about.mdx          a page: sets translation.source
//   npm run i18n:stamp -- content/quiz/fr/day-date.yaml       a question: the same
//   npm run i18n:stamp -- content/pages/fr/a.mdx content/pages/fr/b.mdx   several pages or questions
//   npm run i18n:stamp -- content/i18n/fr.json                UI strings: every key in the file
//   npm run i18n:stamp -- content/i18n/fr.json quiz.check     UI strings: only these keys
//
// Run it after translating or checking the file against its English original.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../src/i18n/locales.ts';
import { CONTENT_DIRS, readInventory, stringsFile, translatedFromFile } from '../src/i18n/translation-files.ts';
import { formatProblem } from '../src/lib/content-errors.ts';
import { sourceHash } from '../src/lib/source-hash.ts';
import { stampFrontmatter, stampYaml } from '../src/lib/translation-stamp.ts';

const [target, ...keys] = process.argv.slice(2).filter((arg) => arg !== '--');
const fail = (message) => {
  console.error(`✖ ${message}`);
  process.exit(1);
};
if (!target) fail('Name the translated file: npm run i18n:stamp -- content/pages/<code>/<page>.mdx (or a quiz question, or content/i18n/<code>.json).');

/** A translation file's folder, locale and name, or a clear stop. */
function parseTarget(target) {
  const file = target.replace(/\\/g, '/').replace(/^\.\//, '');
  const match =
    file.match(new RegExp(`^(${CONTENT_DIRS.pages})/([^/]+)/(.+\\.mdx)$`)) ??
    file.match(new RegExp(`^(${CONTENT_DIRS.quiz})/([^/]+)/([^/]+\\.ya?ml)$`)) ??
    file.match(new RegExp(`^(${CONTENT_DIRS.strings})/()([^/]+)\\.json$`));
  if (!match) fail(`${file}: not a translation file. Give a page (${CONTENT_DIRS.pages}/<code>/…mdx), a quiz question (${CONTENT_DIRS.quiz}/<code>/….yaml) or UI strings (${CONTENT_DIRS.strings}/<code>.json).`);
  const [, dir, folder, rest] = match;
  const locale = dir === CONTENT_DIRS.strings ? rest : folder;
  if (!LOCALE_CODES.includes(locale)) fail(`${file}: "${locale}" is not a language in src/i18n/locales.ts.`);
  if (locale === DEFAULT_LOCALE) fail(`${file} is English, the source of every translation: only translations are stamped.`);
  if (!existsSync(file)) fail(`${file} does not exist yet. Translate the English file into it first.`);
  return { file, dir, locale, rest };
}
const { file, dir, locale, rest } = parseTarget(target);

if (dir === CONTENT_DIRS.strings) {
  const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
  const english = read(stringsFile(DEFAULT_LOCALE));
  const own = read(file);
  const recordFile = translatedFromFile(locale);
  const record = existsSync(recordFile) ? read(recordFile) : {};
  const chosen = keys.length ? keys : Object.keys(own);
  for (const key of chosen) {
    if (!(key in own)) fail(`${file} has no key "${key}".`);
    if (!(key in english)) fail(`"${key}" is not a key of ${stringsFile(DEFAULT_LOCALE)}.`);
  }
  for (const key of chosen) record[key] = english[key];
  // In English order, only keys the locale still has.
  const ordered = Object.fromEntries(Object.keys(english).filter((key) => key in own && key in record).map((key) => [key, record[key]]));
  mkdirSync(dirname(recordFile), { recursive: true });
  writeFileSync(recordFile, `${JSON.stringify(ordered, null, 2)}\n`);
  console.log(`✔ ${recordFile}: ${chosen.length} ${chosen.length === 1 ? 'string' : 'strings'} of ${file} recorded as translated from the current English.`);
} else {
  // Pages and questions: every argument is a file (after a UI-string file they are keys).
  for (const each of [file, ...keys]) stampTranslation(parseTarget(each));
}

/** Sets translation.source of a page or question to the fingerprint of its English original. */
function stampTranslation({ file, dir, rest }) {
  if (dir === CONTENT_DIRS.strings) fail(`${file}: stamp UI-string files on their own: npm run i18n:stamp -- ${file}`);
  const englishFile = `${dir}/${DEFAULT_LOCALE}/${rest}`;
  if (!existsSync(englishFile)) fail(`${file}: there is no English original ${englishFile}.`);
  const hash = sourceHash(readFileSync(englishFile, 'utf8'));
  const text = readFileSync(file, 'utf8');
  let stamped;
  try {
    stamped = dir === CONTENT_DIRS.pages ? stampFrontmatter(text, hash) : stampYaml(text, hash);
  } catch (error) {
    fail(`${file}: ${error.message}.`);
  }
  writeFileSync(file, stamped);
  console.log(`✔ ${file}: translation.source is now "${hash}", the fingerprint of ${englishFile} as it is now.`);
  // Now that it counts as up to date, it must use the English file's figures and dates: say so at once.
  const problems = readInventory().problems.filter((problem) => problem.file === file);
  if (problems.length) {
    console.error(`\n✖ ${file} still needs fixing before the site can build:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    process.exit(1);
  }
}
