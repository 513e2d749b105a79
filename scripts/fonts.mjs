#!/usr/bin/env node
// Writes the web fonts the pages use (src/assets/fonts/web/) from the Noto packages in
// devDependencies: each script's subset of Noto Sans (variable, weights 400 to 700 only)
// and of Noto Sans Arabic, cut down to the characters the site's languages use, so that a
// first view loads at most two files of at most 60 kB together. Run after changing the
// ranges; the files and src/styles/fonts.css are committed (the build never subsets or fetches anything).
//   npm run fonts
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { unicodeRange, WEB_FONTS } from '../src/styles/fonts.config.mjs';

const text = (ranges) =>
  ranges
    .map(([from, to = from]) => {
      let out = '';
      for (let code = from; code <= to; code++) out += String.fromCodePoint(code);
      return out;
    })
    .join('');

for (const font of WEB_FONTS) {
  const source = readFileSync(new URL(`../node_modules/${font.from}`, import.meta.url));
  const subset = await subsetFont(source, text(font.ranges), {
    targetFormat: 'woff2',
    variationAxes: { wght: { min: 400, max: 700 } },
  });
  writeFileSync(new URL(`../src/assets/fonts/web/${font.file}`, import.meta.url), subset);
  console.log(`${font.file}: ${subset.length} B (from ${font.from}, ${source.length} B)`);
}

// The @font-face rules, one per file, with the same ranges.
const rules = WEB_FONTS.map(
  (font) => `
@font-face {
  font-family: '${font.family}';
  font-style: normal;
  font-weight: 400 700;
  font-display: swap;
  src: url('../assets/fonts/web/${font.file}') format('woff2');
  unicode-range: ${unicodeRange(font.ranges)};
}
`,
);
const header = `/* Written by \`npm run fonts\` (scripts/fonts.mjs) from src/styles/fonts.config.mjs: edit that file, not this
   one. One variable file per script, weights 400 to 700; font-display: swap, so text shows at once in a
   system font; unicode-range, so a page loads only the scripts it shows. */
`;
writeFileSync(new URL('../src/styles/fonts.css', import.meta.url), header + rules.join(''));
console.log('src/styles/fonts.css written.');
