#!/usr/bin/env node
// Screenshots of every template for review (not a pass/fail test): English and Arabic, at
// 375, 768 and 1280 px, light and dark, full page, into shots/ (gitignored). Serves the
// built site (run `npm run build` first) with `astro preview` on SHOTS_PORT (default 4329).
//   npm run shots                      every template
//   npm run shots -- home quiz         only these templates
//   SHOTS_WIDTHS=375 npm run shots     only these widths
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.mjs';
import { startPreview } from './preview-server.mjs';

const TEMPLATES = {
  home: '',
  content: 'the-day/',
  teachers: 'teachers/',
  'regions-index': 'regions/',
  region: 'regions/cambodia/',
  casualties: 'casualties/',
  quiz: 'quiz/',
  'quiz-result': 'quiz/result/0/',
  share: 'share/',
  sources: 'sources/',
  search: 'search/?q=mine',
  'not-found': '404/',
};
const LOCALES = ['en', 'ar'];
const WIDTHS = (process.env.SHOTS_WIDTHS ?? '375,768,1280').split(',').map(Number);
const SCHEMES = ['light', 'dark'];
const port = Number(process.env.SHOTS_PORT ?? 4329);
const wanted = process.argv.slice(2).filter((arg) => arg !== '--');
const templates = Object.entries(TEMPLATES).filter(([name]) => !wanted.length || wanted.includes(name));

const { server, origin } = await startPreview(port);
mkdirSync('shots', { recursive: true });

const executablePath = systemChromium();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
let count = 0;
try {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce', deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const locale of LOCALES) {
        for (const [name, path] of templates) {
          const url = name === 'not-found' ? `${origin}/${locale}/no-such-page/` : `${origin}/${locale}/${path}`;
          await page.goto(url, { waitUntil: 'networkidle' });
          await page.evaluate(() => document.fonts.ready);
          const file = `shots/${locale}-${name}-${width}-${scheme}.png`;
          await page.screenshot({ path: file, fullPage: true });
          count++;
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`${count} screenshots in shots/.`);
