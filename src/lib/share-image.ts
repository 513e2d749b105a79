// Share cards (1200×630 PNG), drawn at build time by astro-og-canvas with the fonts
// listed in card-fonts.ts (bundled, nothing is downloaded). CanvasKit shapes Arabic and
// lays out right-to-left text. Used by the quiz result pages' share.png routes; pick
// the card's locale with drawableCard() so that no letter is drawn as a box.
import { generateOpenGraphImage } from 'astro-og-canvas';
import type { TextDirection } from '../i18n/locales.ts';
import { CARD_FONT_FILES, cardFamilies, cardText } from './card-fonts.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export interface ShareCard {
  readonly title: string;
  readonly description: string;
  readonly dir: TextDirection;
  /** The language of the card's words, which decides the font tried first. */
  readonly lang: string;
}

export async function renderShareImage({ title, description, dir, lang }: ShareCard): Promise<BodyInit> {
  // Every entry must be a local path: astro-og-canvas fetches anything that looks like a URL.
  if (CARD_FONT_FILES.some((font) => /^[a-z]+:/i.test(font))) throw new Error('Share-image fonts must be local files.');
  const families = cardFamilies(lang);
  return generateOpenGraphImage({
    title: cardText(title),
    description: cardText(description),
    dir,
    fonts: [...CARD_FONT_FILES],
    bgGradient: [
      [20, 45, 80],
      [12, 28, 52],
    ],
    border: { color: [255, 183, 102], width: 24, side: 'inline-start' },
    padding: 80,
    font: {
      title: { families, weight: 'Bold', size: 120, lineHeight: 1.1, color: [255, 255, 255] },
      description: { families, weight: 'Normal', size: 52, lineHeight: 1.35, color: [236, 238, 233] },
    },
  });
}
