#!/usr/bin/env node
// Validates every built page (dist/**/*.html) with html-validate, using the project's
// .htmlvalidate.mjs (which says why each rule it changes is changed). Run after
// `astro build`; `npm test` does. Exits 1 when any page has an error.
//
//   node scripts/validate-html.mjs [folder]      (default: dist)
//
// The same template error shows up on every page built from it, so problems are grouped
// by rule and message: each group names the rule (with its documentation), the element
// (a CSS selector into the page) and the pages it is on, so whoever owns the template
// can find it.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../.htmlvalidate.mjs';

const SHOWN_PAGES = 4;

/** Every .html file under `dir`, sorted; relative to the working directory when inside it. */
export function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const short = relative(process.cwd(), path);
      return short.startsWith('..') ? path : short;
    })
    .sort();
}

/**
 * Groups html-validate results by rule and message.
 * @param {{ filePath: string, messages: { ruleId: string, message: string, line: number, column: number, selector: string | null, ruleUrl?: string }[] }[]} results
 */
export function groupProblems(results) {
  const groups = new Map();
  for (const { filePath, messages } of results) {
    for (const { ruleId, message, line, column, selector, ruleUrl } of messages) {
      const key = `${ruleId}\u0000${message}`;
      if (!groups.has(key)) groups.set(key, { ruleId, message, ruleUrl, places: [] });
      groups.get(key).places.push({ file: filePath, line, column, selector });
    }
  }
  return [...groups.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId) || b.places.length - a.places.length);
}

/** The report printed for the groups, one block per rule and message. */
export function formatGroups(groups) {
  return groups
    .map(({ ruleId, message, ruleUrl, places }) => {
      const pages = new Set(places.map((place) => place.file)).size;
      const shown = places.slice(0, SHOWN_PAGES).map(({ file, line, column, selector }) => `    ${file}:${line}:${column}${selector ? `  at ${selector}` : ''}`);
      const more = places.length > SHOWN_PAGES ? [`    …and ${places.length - SHOWN_PAGES} more`] : [];
      return [`✖ ${ruleId}: ${message}  (${places.length} on ${pages} page${pages === 1 ? '' : 's'})`, ...shown, ...more, `    rule: ${ruleUrl ?? `https://html-validate.org/rules/${ruleId}.html`}`].join('\n');
    })
    .join('\n\n');
}

async function main() {
  const dir = process.argv[2] ?? 'dist';
  let files;
  try {
    files = htmlFiles(dir);
  } catch {
    console.error(`No ${dir}/ folder: build the site first (npm run build).`);
    process.exit(1);
  }
  if (files.length === 0) {
    console.error(`No .html files under ${dir}/: build the site first (npm run build).`);
    process.exit(1);
  }
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const results = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    results.push(...report.results);
  }
  const groups = groupProblems(results);
  const errors = groups.reduce((sum, group) => sum + group.places.length, 0);
  if (errors === 0) {
    console.log(`HTML valid: ${files.length} pages under ${dir}/ (html-validate, rules in .htmlvalidate.mjs).`);
    return;
  }
  const pages = new Set(groups.flatMap((group) => group.places.map((place) => place.file))).size;
  console.error(formatGroups(groups));
  console.error(`\n${errors} HTML error${errors === 1 ? '' : 's'} on ${pages} of ${files.length} pages. Fix the template that renders the element shown (or, if the HTML is right and the rule does not fit, change .htmlvalidate.mjs and say why there).`);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
