#!/usr/bin/env node
// Performance budgets, measured in bytes over the built site (dist/), never by timing.
// Run after `astro build`; exits 1 when a page is over.
//
// The rules are in scripts/budgets.config.mjs: JavaScript per page (content pages: none),
// then the first view of every page: first response (HTML and render-blocking CSS, or the
// <head> with the CSS inlined) ≤ 14 kB gzipped, web fonts ≤ 2 files and 60 kB, and the
// total transfer ≤ 120 kB.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSize, pageJavaScript } from '../src/lib/budget.ts';
import { drawnText, firstResponse, fontsForText } from '../src/lib/page-weight.ts';
import { WEB_FONTS } from '../src/styles/fonts.config.mjs';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { budgetFor, FIRST_RESPONSE_BYTES, fontBudgetFor, NOT_LOADED, neverLoaded, ON_DEMAND, TRANSFER_BYTES } from './budgets.config.mjs';

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

// Files fetched on demand (Pagefind, the service worker), per language, in bytes as sent.
const allFiles = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'));
const sentBytes = (file) => {
  const data = readFileSync(join(DIST, file));
  return /\.(pagefind|pf_\w+)$/.test(file) ? data.length : gzipSize(data);
};
let bundles = 0;
console.log('\nLoaded on demand (bytes as sent):');
for (const bundle of ON_DEMAND) {
  const perLocale = new Map();
  for (const locale of LOCALE_CODES) {
    const patterns = bundle.files(locale);
    const files = allFiles.filter((file) => patterns.some((pattern) => pattern.test(file)));
    perLocale.set(locale, { files: files.length, bytes: files.reduce((sum, file) => sum + sentBytes(file), 0) });
  }
  const seen = new Set([...perLocale.values()].map((v) => `${v.files} ${v.bytes}`));
  const rowsFor = seen.size === 1 ? [['every language', perLocale.get(LOCALE_CODES[0])]] : [...perLocale];
  for (const [label, { files, bytes }] of rowsFor) {
    bundles++;
    const over = files === 0 || bytes > bundle.maxBytes;
    if (over) failures++;
    console.log(`${over ? '✖' : '✔'} ${bundle.name}, ${label}: ${bytes} B in ${files} file${files === 1 ? "" : "s"} (budget ${bundle.maxBytes} B)${files === 0 ? ': missing from the build' : ''}`);
  }
}
const jsFailures = failures;
console.log(`${pages + bundles - jsFailures} passed, ${jsFailures} failed: JavaScript budgets over ${pages} pages and ${bundles} on-demand bundles.`);

// The first view of each page: first response, fonts, total transfer.
const builtFonts = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.woff2'));
const fontFiles = WEB_FONTS.map((font) => {
  const built = builtFonts.find((file) => file.startsWith(font.file.replace(/\.woff2$/, '.')));
  if (!built) throw new Error(`${font.file} is not in dist/_astro/: is it still imported by src/styles/fonts.css?`);
  return { ...font, path: `/_astro/${built}`, bytes: readFileSync(join(DIST, '_astro', built)).length };
});
const fileBytes = (path, gzip) => {
  const data = readFileSync(join(DIST, decodeURIComponent(path.replace(/[?#].*$/, ''))));
  return gzip ? gzipSize(data) : data.length;
};
const viewFailures = [];
const templates = new Map();
for (const file of htmlFiles(DIST).sort()) {
  const path = sitePath(file);
  const html = readFileSync(file, 'utf8');
  const first = firstResponse(html);
  const cssBytes = first.blockingCss.reduce((sum, css) => sum + fileBytes(css, true), 0);
  const firstBytes = first.blockingCss.length ? first.htmlGzip + cssBytes : first.headGzip;
  const preloaded = [...html.matchAll(/<link\b[^>]*\brel="preload"[^>]*\bas="font"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]);
  const fonts = new Set([...fontFiles.filter((font) => preloaded.includes(font.path)), ...fontsForText(drawnText(html), fontFiles)]);
  const fontBytes = [...fonts].reduce((sum, font) => sum + font.bytes, 0);
  const images = new Set([...html.matchAll(/<(?:img\b[^>]*\bsrc|use\b[^>]*\bhref)="(\/[^"#]+)/g)].map((m) => m[1]));
  const imageBytes = [...images].reduce((sum, image) => sum + fileBytes(image, image.endsWith('.svg')), 0);
  const js = pageJavaScript(html, read, neverLoaded).gzipBytes;
  const total = first.htmlGzip + cssBytes + js + fontBytes + imageBytes;
  const fontRule = fontBudgetFor(path);
  const problems = [
    firstBytes > FIRST_RESPONSE_BYTES && `first response ${firstBytes} B > ${FIRST_RESPONSE_BYTES} B (${first.blockingCss.length ? 'HTML + render-blocking CSS' : '<head> with inlined CSS'})`,
    fonts.size > fontRule.maxFiles && `${fonts.size} font files > ${fontRule.maxFiles} (${[...fonts].map((f) => f.file).join(', ')})`,
    fontBytes > fontRule.maxBytes && `fonts ${fontBytes} B > ${fontRule.maxBytes} B`,
    total > TRANSFER_BYTES && `total transfer ${total} B > ${TRANSFER_BYTES} B`,
  ].filter(Boolean);
  if (problems.length) viewFailures.push(`✖ ${path}: ${problems.join('; ')}`);
  // One line per template (the path with the locale taken out), its largest page.
  const template = path.replace(/^\/[^/]+\//, '/…/').replace(/\/\d+\//, '/N/');
  const row = { path, first: firstBytes, html: first.htmlGzip, fonts: `${fonts.size} (${fontBytes} B)`, fontBytes, js, images: imageBytes, total };
  if (!templates.has(template) || templates.get(template).total < total) templates.set(template, row);
}
console.log('\nFirst view, the largest page of each template (bytes; HTML gzipped with its inlined CSS, fonts as woff2):');
console.log(`  ${'page'.padEnd(44)} ${'<head>'.padStart(7)} ${'HTML'.padStart(7)} ${'JS'.padStart(6)} ${'images'.padStart(7)}  fonts${' '.repeat(12)} ${'total'.padStart(7)}`);
for (const row of [...templates.values()].sort((a, b) => a.path.localeCompare(b.path))) {
  console.log(`  ${row.path.padEnd(44)} ${String(row.first).padStart(7)} ${String(row.html).padStart(7)} ${String(row.js).padStart(6)} ${String(row.images).padStart(7)}  ${row.fonts.padEnd(17)} ${String(row.total).padStart(7)}`);
}
if (viewFailures.length) console.log(viewFailures.join('\n'));
failures += viewFailures.length;
console.log(`${pages - viewFailures.length} passed, ${viewFailures.length} failed: first response ≤ ${FIRST_RESPONSE_BYTES} B, fonts, total transfer ≤ ${TRANSFER_BYTES} B over ${pages} pages.`);
process.exit(failures ? 1 : 0);
