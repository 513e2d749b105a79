// The web fonts: one family, Noto Sans, with Noto Sans Arabic for Arabic script, each
// script in its own file so that a page loads only the scripts it shows (unicode-range).
// `npm run fonts` (scripts/fonts.mjs) cuts these files from the npm packages; the
// @font-face rules in src/styles/fonts.css must list the same files and ranges (a unit
// test compares them). Chinese uses the reader's system CJK fonts: no web font.

/** @typedef {{ file: string, family: string, from: string, ranges: [number, number?][] }} WebFont */

/** @type {WebFont[]} */
export const WEB_FONTS = [
  {
    file: 'noto-sans-latin.woff2',
    family: 'Noto Sans',
    from: '@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
    // Basic Latin, Latin-1, typographic punctuation, euro, minus.
    ranges: [[0x20, 0x7e], [0xa0, 0xff], [0x131], [0x152, 0x153], [0x2bb, 0x2bc], [0x2c6], [0x2da], [0x2dc], [0x2000, 0x206f], [0x20ac], [0x2122], [0x2191], [0x2193], [0x2212], [0x2215]],
  },
  {
    file: 'noto-sans-latin-ext.woff2',
    family: 'Noto Sans',
    from: '@fontsource-variable/noto-sans/files/noto-sans-latin-ext-wght-normal.woff2',
    // Latin Extended-A (Central European and other letters) and Vietnamese: the letters the
    // site's sources and place names use, in a file a page loads only if it shows one.
    ranges: [[0x100, 0x130], [0x132, 0x151], [0x154, 0x17f], [0x1a0, 0x1a1], [0x1af, 0x1b0], [0x1ea0, 0x1ef9]],
  },
  {
    file: 'noto-sans-cyrillic.woff2',
    family: 'Noto Sans',
    from: '@fontsource-variable/noto-sans/files/noto-sans-cyrillic-wght-normal.woff2',
    ranges: [[0x301], [0x400, 0x45f], [0x490, 0x491], [0x4b0, 0x4b1], [0x2116]],
  },
  {
    file: 'noto-sans-greek.woff2',
    family: 'Noto Sans',
    from: '@fontsource-variable/noto-sans/files/noto-sans-greek-wght-normal.woff2',
    ranges: [[0x370, 0x3ff]],
  },
  {
    file: 'noto-sans-arabic.woff2',
    family: 'Noto Sans Arabic',
    from: '@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2',
    // Arabic letters, marks, Arabic-Indic digits and punctuation; the joiners shaping needs.
    ranges: [[0x600, 0x670], [0x6a9], [0x6af], [0x6cc], [0x6d4], [0x200c, 0x200f], [0xfd3e, 0xfd3f]],
  },
];

/** The CSS unicode-range value for a font's ranges. */
export function unicodeRange(ranges) {
  const hex = (code) => code.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([from, to]) => (to === undefined || to === from ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}
