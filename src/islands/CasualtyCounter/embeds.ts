// The counter's embeddable widgets: one page per locale and widget at
// /<locale>/embed/<widget>/, which any site may frame (see public/_headers).
export const EMBED_WIDGETS = ['counter', 'estimate'] as const;
export type EmbedWidget = (typeof EMBED_WIDGETS)[number];

/** The iframe height the snippet suggests, in CSS pixels: room for the widget at 320 px wide. */
export const EMBED_HEIGHT: Record<EmbedWidget, number> = { counter: 360, estimate: 440 };
