// Fonts for share cards and any other image drawn at build time, and the rule that
// keeps letters from turning into boxes: a card is drawn in its locale only when the
// bundled fonts have a glyph for every character on it; otherwise the English card is
// used, with one warning naming the font to add. Fonts live in src/assets/fonts/cards/
// (Noto subsets copied from @fontsource packages; see the README there) and are never
// fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { scriptOf } from './locale-code.ts';
import { hasFallbackMarks, stripFallbackMarks } from './fallback-marks.ts';

export const CARD_FONT_DIR = './src/assets/fonts/cards';

export interface CardFontFamily {
  /** The family name inside the font files, which the renderer asks for (some subsets carry an odd one). */
  readonly family: string;
  /** ISO 15924 scripts it covers; a locale written in one of them gets cards in its own words. */
  readonly scripts: readonly string[];
  /** One file per weight, regular (400) then bold (700): the renderer picks one file per family and weight, so a family's scripts must all be in that file. */
  readonly files: readonly [string, string];
}

const inDir = (regular: string, bold: string): [string, string] => [`${CARD_FONT_DIR}/${regular}`, `${CARD_FONT_DIR}/${bold}`];

/** Every bundled card font. Add a family here when you add its files (see the folder's README). */
export const CARD_FONT_FAMILIES: readonly CardFontFamily[] = [
  // Noto Sans itself covers Latin, Greek and Cyrillic in one file per weight.
  { family: 'Noto Sans', scripts: ['Latn', 'Grek', 'Cyrl'], files: inDir('NotoSans-Regular.ttf', 'NotoSans-Bold.ttf') },
  { family: 'Noto Sans Arabic', scripts: ['Arab'], files: inDir('noto-sans-arabic-arabic-400-normal.woff2', 'noto-sans-arabic-arabic-700-normal.woff2') },
  { family: 'Noto Sans Hebrew Thin', scripts: ['Hebr'], files: inDir('noto-sans-hebrew-hebrew-400-normal.woff2', 'noto-sans-hebrew-hebrew-700-normal.woff2') },
  { family: 'Noto Sans SC Thin', scripts: ['Hans'], files: inDir('noto-sans-sc-chinese-simplified-400-normal.woff2', 'noto-sans-sc-chinese-simplified-700-normal.woff2') },
];

export const CARD_FONT_FILES: readonly string[] = CARD_FONT_FAMILIES.flatMap((family) => family.files);

export function cardFamilyFor(locale: string): CardFontFamily | undefined {
  const script = scriptOf(locale);
  return CARD_FONT_FAMILIES.find((family) => family.scripts.includes(script));
}

/** Families in the order a card tries them: the locale's own script first, then the rest for mixed text. */
export function cardFamilies(locale: string): string[] {
  const own = cardFamilyFor(locale)?.family;
  return [...(own ? [own] : []), ...CARD_FONT_FAMILIES.map((family) => family.family).filter((family) => family !== own)];
}

/** Noto's name for the family that covers a script, and the @fontsource package it comes in. */
export function fontToAdd(script: string): { family: string; npmPackage: string } {
  const special: Record<string, string> = { Hant: 'Noto Sans TC', Jpan: 'Noto Sans JP', Kore: 'Noto Sans KR' };
  const scriptName = new Intl.DisplayNames(['en'], { type: 'script', fallback: 'code' }).of(script) ?? script;
  const family = special[script] ?? `Noto Sans ${scriptName === 'Bangla' ? 'Bengali' : scriptName}`;
  return { family, npmPackage: `@fontsource/${family.toLowerCase().replace(/\s+/g, '-')}` };
}

/** The warning for a locale whose script has no bundled card font, or undefined when it has one. */
export function missingFontWarning(locale: { code: string; englishName: string }): string | undefined {
  if (cardFamilyFor(locale.code)) return undefined;
  const script = scriptOf(locale.code);
  const scriptName = new Intl.DisplayNames(['en'], { type: 'script', fallback: 'code' }).of(script);
  const { family, npmPackage } = fontToAdd(script);
  return (
    `Share cards for ${locale.englishName} (${locale.code}) use the English card: no font for the ${scriptName} script is bundled. ` +
    `To draw them in ${locale.englishName}, copy ${family} (400 and 700) from the npm package ${npmPackage} into ${CARD_FONT_DIR.slice(2)}/ and list it in src/lib/card-fonts.ts.`
  );
}

/** The text as the card draws it: no fallback marks, and a no-break space the fonts have. */
export function cardText(text: string): string {
  return stripFallbackMarks(text).replace(/[\u202f\u2007]/g, '\u00a0');
}

// Glyph coverage, checked with CanvasKit (the engine that draws the cards) against the bundled files.
type GlyphSource = { getGlyphIDs(text: string): Uint16Array | number[] };
let typefaces: Promise<GlyphSource[][]> | undefined;

/** Each family's typefaces (regular and bold), loaded once. */
function loadTypefaces(): Promise<GlyphSource[][]> {
  typefaces ??= (async () => {
    const require = createRequire(import.meta.url);
    const { default: init } = await import('canvaskit-wasm/full');
    const canvasKit = await init({ locateFile: (file: string) => require.resolve(`canvaskit-wasm/bin/full/${file}`) });
    return CARD_FONT_FAMILIES.map((family) =>
      family.files.map((file) => {
        const face = canvasKit.Typeface.MakeTypefaceFromData(new Uint8Array(readFileSync(file)).buffer);
        if (!face) throw new Error(`${file}: CanvasKit cannot read this font file.`);
        return face;
      }),
    );
  })();
  return typefaces;
}

/** Characters of the text that no bundled family can draw in both weights (spaces and invisible format characters aside). */
export async function missingGlyphs(text: string): Promise<string[]> {
  const families = await loadTypefaces();
  const characters = [...new Set(cardText(text).replace(/[\s\p{Cf}\p{Cc}]/gu, ''))];
  return characters.filter((character) => !families.some((faces) => faces.every((face) => face.getGlyphIDs(character)[0] !== 0)));
}

const warned = new Set<string>();
function warnOnce(key: string, message: string) {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`\n⚠ [card-fonts] ${message}`);
}

/**
 * The card for a locale, in its own words when the bundled fonts can draw all of
 * them, else the English card. `compose` builds the card's texts for a locale.
 */
export async function drawableCard<L extends string, C extends { title: string; description: string }>(
  locale: { code: L; englishName: string },
  english: L,
  compose: (locale: L) => C,
): Promise<C & { lang: L }> {
  const fallback = (): C & { lang: L } => ({ ...compose(english), lang: english });
  if (locale.code === english) return fallback();
  const warning = missingFontWarning(locale);
  if (warning) {
    warnOnce(locale.code, warning);
    return fallback();
  }
  const card = compose(locale.code);
  // Not translated yet (English standing in for part of it): the English card, whole.
  if (hasFallbackMarks(`${card.title} ${card.description}`)) return fallback();
  const missing = await missingGlyphs(`${card.title} ${card.description}`);
  if (missing.length) {
    warnOnce(`${locale.code}:${missing.join('')}`, `A share card for ${locale.englishName} (${locale.code}) uses the English card: the bundled fonts have no glyph for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}. Add a font that has them to src/lib/card-fonts.ts.`);
    return fallback();
  }
  return { ...card, lang: locale.code };
}
