// The design tokens meet WCAG 2.2 AA in both colour schemes, and the @font-face rules
// match the font files `npm run fonts` writes, within the font budget.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unicodeRange, WEB_FONTS } from './fonts.config.mjs';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** The custom properties of the first block after `marker` (":root {" or the dark media query). */
function tokens(marker: string): Map<string, string> {
  const start = css.indexOf(marker);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Text (4.5:1) and large text or UI parts (3:1), on the backgrounds each is used on.
const PAIRS: [string, string, number][] = [
  ['--text', '--bg', 4.5],
  ['--text', '--surface', 4.5],
  ['--text', '--surface-2', 4.5],
  ['--muted', '--bg', 4.5],
  ['--muted', '--surface', 4.5],
  ['--link', '--bg', 4.5],
  ['--link', '--surface', 4.5],
  ['--link', '--surface-2', 4.5],
  ['--link-visited', '--bg', 4.5],
  ['--brand', '--bg', 4.5],
  ['--on-brand', '--brand-strong', 4.5],
  ['--on-brand-muted', '--brand-strong', 4.5],
  ['--sun', '--brand-strong', 4.5],
  ['--warn', '--warn-bg', 4.5],
  ['--text', '--warn-bg', 4.5],
  ['--safe', '--safe-bg', 4.5],
  ['--text', '--notice-bg', 4.5],
  ['--focus', '--bg', 3],
  ['--brand', '--surface', 3],
];

describe.each([
  ['light', ':root {'],
  ['dark', '@media (prefers-color-scheme: dark)'],
])('%s colour scheme', (_scheme, marker) => {
  const light = tokens(':root {');
  const values = new Map([...light, ...tokens(marker)]);
  it.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, min) => {
    expect(values.get(fg), fg).toBeDefined();
    expect(values.get(bg), bg).toBeDefined();
    expect(contrast(values.get(fg)!, values.get(bg)!)).toBeGreaterThanOrEqual(min);
  });
});

describe('contrast()', () => {
  it('measures black on white as 21:1 and a colour on itself as 1:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#0a5a73', '#0a5a73')).toBe(1);
  });
});

describe('web fonts', () => {
  const fontsCss = readFileSync(new URL('./fonts.css', import.meta.url), 'utf8');
  it.each(WEB_FONTS.map((font) => [font.file, font]))('%s is declared with its family and range', (_file, font) => {
    const rule = fontsCss.split('@font-face').find((block) => block.includes(`/${font.file}'`));
    expect(rule, `@font-face for ${font.file} in fonts.css`).toBeDefined();
    expect(rule).toContain(`font-family: '${font.family}'`);
    expect(rule).toContain(`unicode-range: ${unicodeRange(font.ranges)};`);
    expect(rule).toContain('font-display: swap');
  });
  it('keeps any first view within two files and 60 kB (Latin with Arabic, or with Cyrillic)', () => {
    const size = (file: string) => statSync(new URL(`../assets/fonts/web/${file}`, import.meta.url)).size;
    for (const pair of [['noto-sans-latin.woff2', 'noto-sans-arabic.woff2'], ['noto-sans-latin.woff2', 'noto-sans-cyrillic.woff2'], ['noto-sans-latin.woff2', 'noto-sans-latin-ext.woff2']]) {
      expect(pair.map(size).reduce((a, b) => a + b), pair.join(' + ')).toBeLessThanOrEqual(60 * 1024);
    }
  });
});
