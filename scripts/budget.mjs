#!/usr/bin/env node
// Performance budgets, measured in gzipped bytes of JavaScript over the built site
// (dist/), never by timing. Run after `astro build`; exits 1 when a page is over.
//
// The rules are in scripts/budgets.config.mjs. Content pages must ship no JavaScript.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageJavaScript } from '../src/lib/budget.ts';
import { budgetFor } from './budgets.config.mjs';

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
for (const file of htmlFiles(DIST).sort()) {
  const path = sitePath(file);
  const rule = budgetFor(path);
  const { gzipBytes } = pageJavaScript(readFileSync(file, 'utf8'), read);
  const over = gzipBytes > rule.maxGzipBytes;
  if (over) failures++;
  if (over || gzipBytes > 0) rows.push(`${over ? '✖' : '✔'} ${path}: ${gzipBytes} B gzipped JS (budget ${rule.maxGzipBytes} B, ${rule.name})`);
}
const pages = htmlFiles(DIST).length;
console.log(rows.length ? rows.join('\n') : `No page ships JavaScript.`);
console.log(`${pages - failures} passed, ${failures} failed: JavaScript budgets over ${pages} pages.`);
process.exit(failures ? 1 : 0);
