// The counter's embeddable widgets: one page per locale and widget at
// /<locale>/embed/<widget>/, which any site may frame (see public/_headers).
export const EMBED_WIDGETS = ['counter', 'estimate'] as const;
export type EmbedWidget = (typeof EMBED_WIDGETS)[number];

/** The iframe height the snippet suggests, in CSS pixels: room for the widget in every locale from about 480 px wide (narrower frames scroll). Keep .preview-* in EmbedSnippet.astro in step. */
export const EMBED_HEIGHT: Record<EmbedWidget, number> = { counter: 420, estimate: 660 };
