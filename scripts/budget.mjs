#!/usr/bin/env node
// Performance budgets, measured in gzipped bytes of JavaScript over the built site
// (dist/), never by timing. Run after `astro build`; exits 1 when a page is over.
//
// Each rule names a page pattern (a RegExp over the site path) and its budget; the
// first rule that matches a page applies. Content pages must ship no JavaScript.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageJavaScript } from '../src/lib/budget.ts';

const DIST = 'dist';

// Pages whose only island is the casualty counter, by slug under /<locale>/. The
// counter will also go on the home page ('') and the region pages ('regions/…'):
// add their slugs here when it does.
const COUNTER_PAGES = ['casualties', 'embed/counter', 'embed/estimate'];

export const BUDGETS = [
  // Islands add their own rules here, most specific first.
  { name: 'Quiz page', pattern: /^\/[a-z-]+\/quiz\/$/, maxGzipBytes: 15 * 1024 },
  {
    name: 'Pages whose only island is the casualty counter',
    pattern: new RegExp(`^/[a-z-]+/(${COUNTER_PAGES.join('|')})/$`),
    maxGzipBytes: 8 * 1024,
  },
  { name: 'Every other page (no JavaScript)', pattern: /.*/, maxGzipBytes: 0 },
];

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
  const rule = BUDGETS.find((budget) => budget.pattern.test(path));
  const { gzipBytes } = pageJavaScript(readFileSync(file, 'utf8'), read);
  const over = gzipBytes > rule.maxGzipBytes;
  if (over) failures++;
  if (over || gzipBytes > 0) rows.push(`${over ? '✖' : '✔'} ${path}: ${gzipBytes} B gzipped JS (budget ${rule.maxGzipBytes} B, ${rule.name})`);
}
const pages = htmlFiles(DIST).length;
console.log(rows.length ? rows.join('\n') : `No page ships JavaScript.`);
console.log(`${pages - failures} passed, ${failures} failed: JavaScript budgets over ${pages} pages.`);
process.exit(failures ? 1 : 0);
