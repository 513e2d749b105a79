import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, getLocaleDir } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { CARD_FONT_FAMILIES, cardFamilies, cardFamilyFor, cardText, drawableCard, missingFontWarning, missingGlyphs } from './card-fonts.ts';
import { hasFallbackMarks, markFallback } from './fallback-marks.ts';

// Loading 3.6 MB of fonts into CanvasKit takes a few seconds on a busy machine.
describe('bundled card fonts', { timeout: 60_000 }, () => {
  it('are files in the repository, each carrying the family name the renderer asks for', async () => {
    const require = createRequire(import.meta.url);
    const { default: init } = await import('canvaskit-wasm/full');
    const canvasKit = await init({ locateFile: (file: string) => require.resolve(`canvaskit-wasm/bin/full/${file}`) });
    for (const { family, files } of CARD_FONT_FAMILIES) {
      for (const file of files) {
        expect(existsSync(file), file).toBe(true);
        expect(file, 'never a URL: astro-og-canvas would download it').not.toMatch(/^[a-z]+:/i);
        const manager = canvasKit.FontMgr.FromData(new Uint8Array(readFileSync(file)).buffer)!;
        expect(manager.countFamilies(), file).toBe(1);
        expect(manager.getFamilyName(0), file).toBe(family);
      }
    }
  });

  it('cover Latin, Cyrillic, Arabic, Simplified Chinese and Hebrew', () => {
    expect(['en', 'fr', 'es', 'ru', 'uk', 'ar', 'fa', 'zh-Hans', 'he'].map((code) => cardFamilyFor(code)?.family)).toEqual([
      'Noto Sans',
      'Noto Sans',
      'Noto Sans',
      'Noto Sans',
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Sans Arabic',
      'Noto Sans SC Thin',
      'Noto Sans Hebrew Thin',
    ]);
    expect(cardFamilies('he')[0]).toBe('Noto Sans Hebrew Thin');
    expect(cardFamilies('he')).toHaveLength(CARD_FONT_FAMILIES.length);
  });

  it('draw every character of the texts they are for', async () => {
    expect(await missingGlyphs('Mine Awareness Day: Journée « œuvre » · Международный день · اليوم الدولي · 国际地雷行动日 · היום הבינלאומי · Ngày quốc tế')).toEqual([]);
    expect(await missingGlyphs('ሰላም ไทย')).toEqual(['ሰ', 'ላ', 'ም', 'ไ', 'ท', 'ย']);
  });
});

describe('missingFontWarning', () => {
  it('names the script and the font to add for a locale whose script has no bundled font', () => {
    expect(missingFontWarning({ code: 'hi', englishName: 'Hindi' })).toBe(
      'Share cards for Hindi (hi) use the English card: no font for the Devanagari script is bundled. To draw them in Hindi, copy Noto Sans Devanagari (400 and 700) from the npm package @fontsource/noto-sans-devanagari into src/assets/fonts/cards/ and list it in src/lib/card-fonts.ts.',
    );
    expect(missingFontWarning({ code: 'zh-Hant', englishName: 'Traditional Chinese' })).toMatch(/Noto Sans TC .*@fontsource\/noto-sans-tc/);
    expect(missingFontWarning({ code: 'he', englishName: 'Hebrew' })).toBeUndefined();
  });
});

describe('cardText', () => {
  it('drops fallback marks and uses a no-break space the fonts have', () => {
    expect(cardText(`${markFallback('Quiz')} 6\u202f279`)).toBe('Quiz 6\u00a0279');
  });
});

describe('drawableCard', { timeout: 60_000 }, () => {
  afterEach(() => vi.restoreAllMocks());
  const compose = (texts: Record<string, string>) => (locale: string) => ({ title: texts[locale] ?? texts.en!, description: 'x', dir: 'ltr' as const });

  it('keeps the locale’s words when the fonts can draw them', async () => {
    expect(await drawableCard({ code: 'he', englishName: 'Hebrew' }, 'en', compose({ en: 'Score', he: 'ציון' }))).toMatchObject({ title: 'ציון', lang: 'he' });
  });

  it('uses the English card, warning once, for a script with no bundled font', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hindi = { code: 'hi', englishName: 'Hindi' };
    expect(await drawableCard(hindi, 'en', compose({ en: 'Score', hi: 'अंक' }))).toMatchObject({ title: 'Score', lang: 'en' });
    await drawableCard(hindi, 'en', compose({ en: 'Score', hi: 'अंक' }));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/Hindi \(hi\).*Noto Sans Devanagari/);
  });

  it('uses the English card, without a warning, while the card’s strings are not translated', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await drawableCard({ code: 'he', englishName: 'Hebrew' }, 'en', compose({ en: 'Score', he: markFallback('Score') }))).toMatchObject({ title: 'Score', lang: 'en' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('uses the English card when one character has no glyph, naming it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await drawableCard({ code: 'fr', englishName: 'French' }, 'en', compose({ en: 'Score', fr: 'Score ሰ' }))).toMatchObject({ title: 'Score', lang: 'en' });
    expect(warn.mock.calls[0]?.[0]).toMatch(/"ሰ" \(U\+1230\)/);
  });

  it('draws every registered locale’s quiz card without a missing glyph, or falls back to English', async () => {
    const compose = (code: (typeof LOCALES)[number]['code']) => {
      const t = useTranslations(code);
      return { title: t('quiz.og.title', { score: 7, total: 10 }), description: t('quiz.og.description'), dir: getLocaleDir(code) };
    };
    for (const locale of LOCALES) {
      const card = await drawableCard(locale, DEFAULT_LOCALE, compose);
      expect(await missingGlyphs(`${card.title} ${card.description}`), locale.code).toEqual([]);
      const own = compose(locale.code);
      const translated = !hasFallbackMarks(`${own.title} ${own.description}`);
      expect(card.lang, locale.code).toBe(translated && !missingFontWarning(locale) ? locale.code : DEFAULT_LOCALE);
    }
  });
});
