// Share cards (1200×630 PNG), drawn at build time with CanvasKit and the fonts listed in
// card-fonts.ts (bundled, nothing is downloaded), in the site's identity: the deep teal of
// the masthead, the sunrise of the date mark, the day's date and the site's name on top,
// the page's title large, and the site's address at the foot. CanvasKit shapes Arabic and
// lays out right-to-left text; a right-to-left card is mirrored as a whole. Pick the card's
// locale with drawableCard() so that no letter is drawn as a box. Cards are cached by their
// content in node_modules/.cache/share-cards, so a rebuild draws only what changed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TextDirection } from '../i18n/locales.ts';
import { CARD_FONT_FILES, cardFamilies, cardText } from './card-fonts.ts';

import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './share-size.ts';

export { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH };

export interface ShareCard {
  /** The big line: the page's title, or a quiz score. */
  readonly title: string;
  /** A line under the title (the encouragement on a quiz card); may be empty. */
  readonly description: string;
  /** The day's date mark, e.g. "4 April". */
  readonly dateMark: string;
  readonly siteName: string;
  /** The site's address as shown at the foot, e.g. "mine-awareness.example". */
  readonly address: string;
  readonly dir: TextDirection;
  /** The language of the card's words, which decides the font tried first. */
  readonly lang: string;
}

// The identity's colours (src/styles/tokens.css): --brand-strong, --sun, --on-brand, --on-brand-muted, --text.
const BRAND: [number, number, number] = [7, 63, 81];
const SUN: [number, number, number] = [245, 184, 46];
const WHITE: [number, number, number] = [255, 255, 255];
const MUTED: [number, number, number] = [207, 227, 234];
const INK: [number, number, number] = [20, 35, 43];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type CanvasKitAny = any;
let kit: Promise<{ ck: CanvasKitAny; fonts: CanvasKitAny }> | undefined;

function loadKit() {
  kit ??= (async () => {
    const require = createRequire(import.meta.url);
    const { default: init } = await import('canvaskit-wasm/full');
    const ck: CanvasKitAny = await init({ locateFile: (file: string) => require.resolve(`canvaskit-wasm/bin/full/${file}`) });
    // Every entry must be a local file: nothing is fetched.
    if (CARD_FONT_FILES.some((font) => /^[a-z]+:/i.test(font))) throw new Error('Share-image fonts must be local files.');
    const fonts = ck.FontMgr.FromData(...CARD_FONT_FILES.map((file) => new Uint8Array(readFileSync(file)).buffer));
    return { ck, fonts };
  })();
  return kit;
}

const CACHE_DIR = 'node_modules/.cache/share-cards';
const DESIGN_VERSION = '2';

export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, card, CARD_FONT_FILES]))
    .digest('hex')
    .slice(0, 16);
  const cached = `${CACHE_DIR}/${key}.png`;
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {}
  const png = await draw(card);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, png);
  } catch {}
  return png;
}

async function draw({ title, description, dateMark, siteName, address, dir, lang }: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const { ck, fonts } = await loadKit();
  const families = cardFamilies(lang);
  const rtl = dir === 'rtl';
  const W = SHARE_IMAGE_WIDTH;
  const H = SHARE_IMAGE_HEIGHT;
  const pad = 72;
  // x of a box of width w placed at `start` from the inline-start edge, mirrored in RTL.
  const at = (start: number, w: number) => (rtl ? W - start - w : start);

  const surface = ck.MakeSurface(W, H);
  const canvas = surface.getCanvas();
  const paint = (rgb: [number, number, number], alpha = 1) => {
    const p = new ck.Paint();
    p.setColor(ck.Color(...rgb, alpha));
    p.setAntiAlias(true);
    return p;
  };
  canvas.clear(ck.Color(...BRAND, 1));

  // The sunrise in the corner at the inline end, with a horizon and a path of footprints.
  const sunX = rtl ? 150 : W - 150;
  canvas.drawCircle(sunX, H + 40, 250, paint(SUN, 0.95));
  canvas.drawCircle(sunX, H + 40, 310, (() => {
    const p = paint(SUN, 0.35);
    p.setStyle(ck.PaintStyle.Stroke);
    p.setStrokeWidth(6);
    return p;
  })());
  const horizon = paint(WHITE, 0.9);
  canvas.drawRect(ck.XYWHRect(rtl ? 0 : W - 420, H - 150, 420, 8), horizon);
  for (const [dx, dy] of [
    [-70, -95],
    [-30, -60],
    [-75, -25],
  ] as const) {
    canvas.drawOval(ck.XYWHRect(sunX + (rtl ? -dx : dx) - 11, H + dy - 17, 22, 34), paint(BRAND, 1));
  }

  const paragraph = (text: string, size: number, color: [number, number, number], weight: 'Bold' | 'Normal', width: number, maxLines?: number) => {
    const style = new ck.ParagraphStyle({
      textAlign: rtl ? ck.TextAlign.Right : ck.TextAlign.Left,
      textDirection: rtl ? ck.TextDirection.RTL : ck.TextDirection.LTR,
      ...(maxLines ? { maxLines, ellipsis: '…' } : {}),
      textStyle: { color: ck.Color(...color, 1), fontFamilies: families, fontSize: size, fontStyle: { weight: ck.FontWeight[weight] }, heightMultiplier: 1.15 },
    });
    const builder = ck.ParagraphBuilder.Make(style, fonts);
    builder.addText(cardText(text));
    const p = builder.build();
    p.layout(width);
    return p;
  };

  // Top: the date mark as a sun-coloured badge, then the site's name.
  const badgeText = paragraph(dateMark, 34, INK, 'Bold', 400);
  const badgeW = Math.ceil(badgeText.getMaxIntrinsicWidth()) + 36;
  const badgeH = 60;
  const badgeX = at(pad, badgeW);
  canvas.drawRRect(ck.RRectXY(ck.XYWHRect(badgeX, pad, badgeW, badgeH), 12, 12), paint(SUN));
  const badgeLaidOut = paragraph(dateMark, 34, INK, 'Bold', badgeW - 36);
  canvas.drawParagraph(badgeLaidOut, badgeX + 18, pad + (badgeH - badgeLaidOut.getHeight()) / 2);
  const nameWidth = W - 2 * pad - badgeW - 24;
  const name = paragraph(siteName, 34, WHITE, 'Bold', nameWidth, 1);
  canvas.drawParagraph(name, at(pad + badgeW + 24, nameWidth), pad + (badgeH - name.getHeight()) / 2);

  // The title, as large as fits in three lines beside the sunrise.
  const titleWidth = W - 2 * pad - 180;
  let size = 84;
  // "45-minute" stays whole: a non-breaking hyphen between a number and its word.
  const titleText = title.replace(/(\p{N})-(\p{L})/gu, '$1\u2011$2');
  let titlePara = paragraph(titleText, size, WHITE, 'Bold', titleWidth);
  while (titlePara.getLineMetrics().length > 3 && size > 48) {
    size -= 6;
    titlePara = paragraph(titleText, size, WHITE, 'Bold', titleWidth);
  }
  const top = pad + badgeH + 56;
  canvas.drawParagraph(titlePara, at(pad, titleWidth), top);
  if (description) {
    const desc = paragraph(description, 36, MUTED, 'Normal', titleWidth, 3);
    canvas.drawParagraph(desc, at(pad, titleWidth), top + titlePara.getHeight() + 20);
  }

  // Foot: the site's address (always left to right, as an address is).
  const addressPara = (() => {
    const style = new ck.ParagraphStyle({
      textAlign: rtl ? ck.TextAlign.Right : ck.TextAlign.Left,
      textDirection: ck.TextDirection.LTR,
      maxLines: 1,
      textStyle: { color: ck.Color(...MUTED, 1), fontFamilies: families, fontSize: 30, fontStyle: { weight: ck.FontWeight.Bold } },
    });
    const builder = ck.ParagraphBuilder.Make(style, fonts);
    builder.addText(address);
    const p = builder.build();
    p.layout(W - 2 * pad - 420);
    return p;
  })();
  canvas.drawParagraph(addressPara, at(pad, W - 2 * pad - 420), H - pad - addressPara.getHeight());

  const image = surface.makeImageSnapshot();
  const bytes: Uint8Array = image.encodeToBytes(ck.ImageFormat.PNG, 100);
  surface.dispose();
  return new Uint8Array(bytes);
}
