#!/usr/bin/env node
// Translation status at a glance: for each language, which pages are translated,
// missing or out of date (the English page changed after the translation, per git),
// and which UI strings are missing. Run: npm run i18n:status [-- --markdown]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../src/i18n/locales.ts';
import { comparePages, missingKeys } from '../src/lib/translation-status.ts';

const markdown = process.argv.includes('--markdown');

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function lastChanged(file) {
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
    // Uncommitted work counts as changed now.
    const dirty = execFileSync('git', ['status', '--porcelain', '--', file], { encoding: 'utf8' }).trim();
    return dirty ? new Date() : iso ? new Date(iso) : undefined;
  } catch {
    return undefined; // not a git checkout: no out-of-date detection
  }
}

function pageFiles(locale) {
  const dir = join('content', 'pages', locale);
  return files(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ path: relative(dir, file).split(sep).join('/'), changed: lastChanged(file) }));
}

const english = JSON.parse(readFileSync(join('content', 'i18n', `${DEFAULT_LOCALE}.json`), 'utf8'));
const source = pageFiles(DEFAULT_LOCALE);
const symbols = { translated: '✔', missing: '✖', outdated: '⚠' };
const lines = [];

for (const locale of LOCALES.filter((l) => l.code !== DEFAULT_LOCALE)) {
  const reports = comparePages(source, pageFiles(locale.code));
  const counts = Object.fromEntries(['translated', 'outdated', 'missing'].map((s) => [s, reports.filter((r) => r.status === s).length]));
  const file = join('content', 'i18n', `${locale.code}.json`);
  const keys = existsSync(file) ? Object.keys(JSON.parse(readFileSync(file, 'utf8'))) : [];
  const missing = missingKeys(Object.keys(english), keys);
  lines.push(
    markdown ? `## ${locale.englishName} (${locale.code})` : `\n${locale.englishName} (${locale.code})`,
    `Pages: ${counts.translated} translated, ${counts.outdated} out of date, ${counts.missing} missing (of ${source.length}).`,
  );
  for (const report of reports.filter((r) => r.status !== 'translated')) {
    lines.push(`${markdown ? '- ' : '  '}${symbols[report.status]} ${report.status === 'missing' ? 'missing' : 'out of date'}: content/pages/${locale.code}/${report.path}`);
  }
  lines.push(`UI strings: ${Object.keys(english).length - missing.length} of ${Object.keys(english).length} in ${file}.`);
  for (const key of missing) lines.push(`${markdown ? '- ' : '  '}✖ missing key: ${key}`);
}
console.log(lines.join('\n'));
