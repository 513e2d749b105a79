// Share cards (1200×630 PNG), drawn at build time by astro-og-canvas with fonts
// shipped in src/assets/fonts/: nothing is downloaded. CanvasKit shapes Arabic and
// lays out right-to-left text. Used by the quiz result pages' share.png routes.
import { generateOpenGraphImage } from 'astro-og-canvas';
import type { TextDirection } from '../i18n/locales.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

const FONT_DIR = './src/assets/fonts';

/** Local font files, paths relative to the project root (where the build runs). */
export const SHARE_IMAGE_FONTS = [
  `${FONT_DIR}/noto-sans-latin-400-normal.woff2`,
  `${FONT_DIR}/noto-sans-latin-700-normal.woff2`,
  `${FONT_DIR}/noto-sans-arabic-arabic-400-normal.woff2`,
  `${FONT_DIR}/noto-sans-arabic-arabic-700-normal.woff2`,
];

const FAMILIES: Record<TextDirection, string[]> = {
  ltr: ['Noto Sans', 'Noto Sans Arabic'],
  rtl: ['Noto Sans Arabic', 'Noto Sans'],
};

export interface ShareCard {
  readonly title: string;
  readonly description: string;
  readonly dir: TextDirection;
}

export async function renderShareImage({ title, description, dir }: ShareCard): Promise<BodyInit> {
  // Every entry must be a local path: astro-og-canvas fetches anything that looks like a URL.
  if (SHARE_IMAGE_FONTS.some((font) => /^[a-z]+:/i.test(font))) throw new Error('Share-image fonts must be local files.');
  return generateOpenGraphImage({
    title,
    description,
    dir,
    fonts: SHARE_IMAGE_FONTS,
    bgGradient: [
      [20, 45, 80],
      [12, 28, 52],
    ],
    border: { color: [255, 183, 102], width: 24, side: 'inline-start' },
    padding: 80,
    font: {
      title: { families: FAMILIES[dir], weight: 'Bold', size: 120, lineHeight: 1.1, color: [255, 255, 255] },
      description: { families: FAMILIES[dir], weight: 'Normal', size: 52, lineHeight: 1.35, color: [236, 238, 233] },
    },
  });
}
