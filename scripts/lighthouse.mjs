#!/usr/bin/env node
// Lighthouse, mobile (its default: a mid-range phone on a throttled 4G connection), over the
// home page, a content page, a region page, the quiz and the Arabic home page. A report, not
// a test: it prints a table of the four category scores and writes the full reports into
// .lighthouse/ (gitignored). Serves the built site (run `npm run build` first) with
// `astro preview` on LIGHTHOUSE_PORT (default 4329), with the system Chromium.
//   npm run lighthouse
//   npm run lighthouse -- /fr/ /en/glossary/     other pages
// The quiz's result pages and the embed pages are left out on purpose: they are
// noindex (a result page is one score, an embed a fragment for other sites), so their SEO
// score would report that choice, not a fault.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { systemChromium } from './browser.mjs';

const PAGES = ['/en/', '/en/the-day/', '/en/regions/cambodia/', '/en/quiz/', '/ar/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4329);
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const pages = args.length ? args : PAGES;

if (!existsSync('dist')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
mkdirSync('.lighthouse', { recursive: true });

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const origin = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(origin)).ok) break;
  } catch {}
  if (i > 100) throw new Error(`The preview server did not start on ${origin}.`);
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const chrome = await chromeLauncher.launch({
  chromePath: systemChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const rows = [];
try {
  for (const path of pages) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES });
    const { categories, audits } = result.lhr;
    writeFileSync(`.lighthouse/${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'root'}.html`, result.report);
    const failing = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    rows.push({
      page: path,
      ...Object.fromEntries(CATEGORIES.map((id) => [id, categories[id].score?.toFixed(2) ?? '–'])),
      LCP: audits['largest-contentful-paint']?.displayValue ?? '',
      CLS: audits['cumulative-layout-shift']?.displayValue ?? '',
      failing: failing.join(' '),
    });
  }
} finally {
  await chrome.kill();
  server.kill();
}

const header = ['page', ...CATEGORIES, 'LCP', 'CLS', 'failing'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${header.map((key) => row[key]).join(' | ')} |`);
console.log('\nFull reports in .lighthouse/. Result and embed pages are noindex on purpose and not audited.');
