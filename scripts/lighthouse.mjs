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
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { systemChromium } from './browser.mjs';
import { startPreview } from './preview-server.mjs';

const PAGES = ['/en/', '/en/the-day/', '/en/regions/cambodia/', '/en/quiz/', '/ar/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4329);
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const pages = args.length ? args : PAGES;

const { server, origin } = await startPreview(port);
mkdirSync('.lighthouse', { recursive: true });

const chrome = await chromeLauncher.launch({
  chromePath: systemChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const rows = [];
try {
  for (const path of pages) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES });
    const { categories, audits } = result.lhr;
    const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'root';
    writeFileSync(`.lighthouse/${name}.html`, result.report);
    writeFileSync(`.lighthouse/${name}.json`, JSON.stringify(result.lhr));
    const failing = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    rows.push({
      page: path,
      ...Object.fromEntries(CATEGORIES.map((id) => [id, categories[id].score?.toFixed(2) ?? '–'])),
      FCP: audits['first-contentful-paint']?.displayValue ?? '',
      LCP: audits['largest-contentful-paint']?.displayValue ?? '',
      TBT: audits['total-blocking-time']?.displayValue ?? '',
      CLS: audits['cumulative-layout-shift']?.displayValue ?? '',
      failing: failing.join(' '),
    });
  }
} finally {
  await chrome.kill();
  server.kill();
}

const header = ['page', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'CLS', 'failing'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${header.map((key) => row[key]).join(' | ')} |`);
console.log('\nFull reports in .lighthouse/. Result and embed pages are noindex on purpose and not audited.');
