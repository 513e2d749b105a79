#!/usr/bin/env node
// Performance budgets, measured in gzipped bytes of JavaScript over the built site
// (dist/), never by timing. Run after `astro build`; exits 1 when a page is over.
//
// The rules are in scripts/budgets.config.mjs. Content pages must ship no JavaScript.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageJavaScript } from '../src/lib/budget.ts';
import { budgetFor, NOT_LOADED, neverLoaded } from './budgets.config.mjs';

const DIST = 'dist';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

function sitePath(file) {
  return `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

if (!existsSync(DIST)) {
  console.error('dist/ is missing: run the build first.');
  process.exit(1);
}

const read = (path) => {
  const file = join(DIST, decodeURIComponent(path));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

let failures = 0;
const rows = [];
/** Each chunk, by file and weight, with the number of pages that load it. */
const chunks = new Map();
const skipped = new Set();
for (const file of htmlFiles(DIST).sort()) {
  const path = sitePath(file);
  const rule = budgetFor(path);
  const weight = pageJavaScript(readFileSync(file, 'utf8'), read, neverLoaded);
  const over = weight.gzipBytes > rule.maxGzipBytes;
  if (over) failures++;
  if (over || weight.gzipBytes > 0) rows.push(`${over ? '✖' : '✔'} ${path}: ${weight.gzipBytes} B gzipped JS (budget ${rule.maxGzipBytes} B, ${rule.name})`);
  for (const chunk of weight.chunks) {
    const key = `${chunk.file}\t${chunk.gzipBytes}`;
    chunks.set(key, (chunks.get(key) ?? 0) + 1);
  }
  for (const module of weight.skipped) skipped.add(module);
}
const pages = htmlFiles(DIST).length;
console.log(rows.length ? rows.join('\n') : `No page ships JavaScript.`);
if (chunks.size) {
  console.log('\nChunks (gzipped bytes, pages that load each):');
  for (const [key, count] of [...chunks].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const [name, bytes] = key.split('\t');
    console.log(`  ${bytes.padStart(6)} B  ${name} (${count} page${count === 1 ? '' : 's'})`);
  }
}
for (const module of skipped) {
  console.log(`  not counted: ${module}, never loaded here: ${NOT_LOADED.find(({ pattern }) => pattern.test(module)).why}`);
}
console.log(`${pages - failures} passed, ${failures} failed: JavaScript budgets over ${pages} pages.`);
process.exit(failures ? 1 : 0);
