// The counter's embeddable widgets: pages at /<locale>/embed/<widget>/ (full layout)
// and /<locale>/embed/<widget>/compact/, which any site may frame (see public/_headers),
// the code partners paste, and the height message the frame sends them. Pure, so the
// snippet and the message are unit-tested; the embed pages, the Share page's previews
// and the partner's optional listener all follow these definitions.

export const EMBED_WIDGETS = ['counter', 'estimate'] as const;
export type EmbedWidget = (typeof EMBED_WIDGETS)[number];

/** "compact" fits a sidebar or a phone from 280 px wide; "full" adds the title, the method and more links. */
export const EMBED_LAYOUTS = ['compact', 'full'] as const;
export type EmbedLayout = (typeof EMBED_LAYOUTS)[number];

/** The narrowest frame every layout is made for, in CSS pixels. */
export const MIN_EMBED_WIDTH = 280;

/** The widths the Share page previews the frame at: a sidebar, a phone, an article. */
export const PREVIEW_WIDTHS = [
  { name: 'sidebar', width: MIN_EMBED_WIDTH },
  { name: 'phone', width: 375 },
  { name: 'article', width: 800 },
] as const;

/**
 * The frame height the code sets, in CSS pixels: everything shows, with no scrollbar,
 * in a frame MIN_EMBED_WIDTH wide, in every shipped locale (wider frames need less; the
 * partner's optional listener then shrinks the frame to fit). e2e/embed.spec.ts measures
 * every locale at 280 px and fails when content outgrows these: re-measure after changing
 * the embed pages' words or styles.
 */
export const EMBED_HEIGHT: Record<EmbedWidget, Record<EmbedLayout, number>> = {
  counter: { compact: 360, full: 600 },
  estimate: { compact: 540, full: 1040 },
};

/** The slug under /<locale>/ of a widget's page in a layout. */
export function embedSlug(widget: EmbedWidget, layout: EmbedLayout): string {
  return layout === 'full' ? `embed/${widget}` : `embed/${widget}/${layout}`;
}

// The message an embed page posts to the page that frames it, whenever its height
// changes. It carries nothing but the height: no address, no reader data.
export const HEIGHT_MESSAGE_TYPE = 'mine-awareness-day:embed-height';
/** A height above this is not believed (the widgets are far shorter). */
export const MAX_EMBED_HEIGHT = 5000;

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE_TYPE;
  readonly height: number;
}

/** The message for a content height in CSS pixels (rounded up: a fraction of a pixel still needs room). */
export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
}

/** The height a received message asks for, or undefined when it is not a believable height message. */
export function readHeightMessage(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE_TYPE || typeof height !== 'number' || !(height > 0 && height <= MAX_EMBED_HEIGHT)) return undefined;
  return Math.ceil(height);
}

/**
 * The optional listener a partner pastes into its own page: ES5, no dependencies, under
 * 400 characters. It believes only messages from `origin` (this site), reads them as
 * readHeightMessage does, and resizes the one frame that sent each message.
 */
export function heightListener(origin: string): string {
  const from = new URL(origin).origin;
  return (
    `addEventListener("message",function(e){var d=e.data||{},h=d.height,f=document.getElementsByTagName("iframe"),i;` +
    `if(e.origin!==${JSON.stringify(from)}||d.type!==${JSON.stringify(HEIGHT_MESSAGE_TYPE)}||typeof h!=="number"||!(h>0&&h<=${MAX_EMBED_HEIGHT}))return;` +
    `for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(h)+"px"})`
  );
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** Text that cannot end or break an HTML comment. */
const commentText = (value: string) => value.replace(/--+/g, '–').replace(/>/g, '›');

export interface EmbedCodeInput {
  /** The absolute URL of the widget's page. */
  readonly src: string;
  /** The frame's accessible name, in the page's language. */
  readonly title: string;
  /** The frame's fixed height: EMBED_HEIGHT for its widget and layout. */
  readonly height: number;
  /** A line explaining the optional script, in the page's language. */
  readonly listenerComment: string;
}

/** The code a partner pastes: the frame, then the optional listener that fits it to its content. */
export function embedCode({ src, title, height, listenerComment }: EmbedCodeInput): string {
  const frame = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%;max-width:40rem"></iframe>`;
  return `${frame}\n<!-- ${commentText(listenerComment)} -->\n<script>${heightListener(src)}</script>`;
}
