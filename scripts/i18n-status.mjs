#!/usr/bin/env node
// Translation status: for each language, the pages, quiz questions and UI strings that
// are done, out of date or missing, and any file that would break the build.
//
//   npm run i18n:status                  every language
//   npm run i18n:status -- es fr         only these
//   npm run i18n:status -- --todo fr     everything left to do in French, with the English text
//   npm run i18n:status -- --check       only problems; exits 1 if there is one (npm test runs it)
//   npm run i18n:status -- --markdown    the summary as Markdown, for an issue or pull request
//
// Reads the files directly (src/i18n/translation-files.ts), the same code the
// /<locale>/translations/ page is built from. Git is used, when there is history,
// only to find the English version a translation was made from.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, LOCALES } from '../src/i18n/locales.ts';
import { readInventory, stringsFile } from '../src/i18n/translation-files.ts';
import { formatProblem } from '../src/lib/content-errors.ts';
import { sourceHash } from '../src/lib/source-hash.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { check: { type: 'boolean' }, todo: { type: 'string' }, markdown: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log('Usage: npm run i18n:status [-- <code>…] [--todo <code>] [--check] [--markdown]');
  process.exit(0);
}

const translatable = LOCALES.filter((locale) => locale.code !== DEFAULT_LOCALE);
const wanted = values.todo ? [values.todo, ...positionals] : positionals;
for (const code of wanted) {
  if (!translatable.some((locale) => locale.code === code)) {
    console.error(`"${code}" is not a language to translate into. Languages: ${translatable.map((l) => l.code).join(', ')}. Add one with npm run i18n:new.`);
    process.exit(2);
  }
}

const inventory = readInventory();
const problems = inventory.problems.map(formatProblem);

if (values.check) {
  if (problems.length) {
    console.error(`✖ ${problems.length === 1 ? 'One file needs' : `${problems.length} files need`} fixing before the site can build:\n`);
    for (const problem of problems) console.error(`  ${problem.replace(/\n/g, '\n  ')}\n`);
    console.error('TRANSLATING.md explains each field, its limits and how to write YAML that works.');
    process.exit(1);
  }
  console.log('✔ Every content file, translation and UI-string file can be read, and every translation has its English original.');
  process.exit(0);
}

if (problems.length) {
  console.log(`✖ Fix these first (the site will not build until they are fixed):\n`);
  for (const problem of problems) console.log(`  ${problem.replace(/\n/g, '\n  ')}\n`);
}

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 32 * 1024 * 1024 });

/** The commit whose copy of the English file has the fingerprint the translation recorded, if history has it. */
function commitOf(englishFile, recorded) {
  if (!recorded) return undefined;
  try {
    for (const sha of git('log', '--format=%h', '--', englishFile).split('\n').filter(Boolean)) {
      if (sourceHash(git('show', `${sha}:${englishFile}`)) === recorded) return sha;
    }
  } catch {
    // Not a git checkout (a downloaded zip): no history to compare with.
  }
  return undefined;
}

const stamp = (file) => `npm run i18n:stamp -- ${file}`;

/** What to do about an out-of-date page or question: see what changed in English, update, stamp. */
function outdatedAdvice(item, indent) {
  const lines = [];
  const sha = commitOf(item.englishFile, item.recorded);
  if (sha) lines.push(`what changed in English:  git diff ${sha} -- ${item.englishFile}`);
  else if (item.recorded) lines.push(`what changed in English:  not in this copy's history (a shallow clone or a download); compare with ${item.englishFile}`);
  else lines.push(`it does not record which English version it was made from: compare it with ${item.englishFile}`);
  lines.push(`when it is up to date:    ${stamp(item.file)}   (records source "${item.current}")`);
  return lines.map((line) => `${indent}${line}`).join('\n');
}

const name = (locale) => `${locale.englishName} (${locale.code})`;
const counts = (section) => `${section.done} of ${section.total} done, ${section.outdated} out of date, ${section.missing} missing`;
const selected = inventory.reports.filter((report) => !wanted.length || wanted.includes(report.locale));
const localeOf = (code) => LOCALES.find((locale) => locale.code === code);
const lines = [];

if (values.todo) {
  const report = selected[0];
  const locale = localeOf(report.locale);
  lines.push(`To do for ${name(locale)}\n`);
  for (const [section, label] of [['pages', 'Pages'], ['questions', 'Quiz questions']]) {
    const items = report[section].items.filter((item) => item.state !== 'done');
    lines.push(`${label}: ${counts(report[section])}`);
    for (const item of items) {
      if (item.state === 'outdated') lines.push(`  ⚠ out of date: ${item.file}`, outdatedAdvice(item, '      '));
      else lines.push(`  ✖ missing: ${item.file}   (translate ${item.englishFile})`);
    }
    if (report[section].missing) lines.push(`  After translating a file, record its English original: ${stamp('<file>')}`);
    lines.push('');
  }
  const file = stringsFile(report.locale);
  const strings = report.strings.items.filter((item) => item.state !== 'done');
  lines.push(`UI strings in ${file}: ${counts(report.strings)}`);
  const missing = strings.filter((item) => item.state === 'missing');
  if (missing.length) {
    lines.push('  ✖ missing (English text to translate; paste the lines into the file and translate the text):');
    for (const item of missing) lines.push(`      ${JSON.stringify(item.id)}: ${JSON.stringify(item.current)},`);
  }
  const outdated = strings.filter((item) => item.state === 'outdated');
  if (outdated.length) {
    lines.push('  ⚠ out of date (the English changed since the translation):');
    for (const item of outdated) {
      lines.push(
        item.recorded === undefined
          ? `      ${JSON.stringify(item.id)}: no record of the English it was made from; English is now ${JSON.stringify(item.current)}`
          : `      ${JSON.stringify(item.id)}: English was ${JSON.stringify(item.recorded)}, is now ${JSON.stringify(item.current)}`,
      );
    }
  }
  if (strings.length) lines.push(`  when the strings are up to date: ${stamp(file)}`);
} else if (values.markdown) {
  lines.push('| Language | Pages | Quiz questions | UI strings |', '|---|---|---|---|');
  const cell = (section) => `${section.done}/${section.total} (${section.outdated} out of date)`;
  for (const report of selected) {
    lines.push(`| ${name(localeOf(report.locale))} | ${cell(report.pages)} | ${cell(report.questions)} | ${cell(report.strings)} |`);
  }
} else {
  for (const report of selected) {
    lines.push(name(localeOf(report.locale)));
    lines.push(`  Pages           ${counts(report.pages)}`);
    lines.push(`  Quiz questions  ${counts(report.questions)}`);
    lines.push(`  UI strings      ${counts(report.strings)}`);
    for (const section of ['pages', 'questions']) {
      for (const item of report[section].items.filter((i) => i.state === 'outdated')) lines.push(`  ⚠ out of date: ${item.file}`, outdatedAdvice(item, '      '));
    }
    if (report.pages.missing + report.questions.missing + report.strings.missing + report.strings.outdated > 0) {
      lines.push(`  Everything left, with the English text: npm run i18n:status -- --todo ${report.locale}`);
    }
    lines.push('');
  }
  if (!selected.length) lines.push('English is the only language: add one with npm run i18n:new -- <code> (see TRANSLATING.md).');
}
console.log(lines.join('\n').trimEnd());
