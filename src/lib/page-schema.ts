// The frontmatter every content page must have. Kept apart from content.config.ts
// so unit tests can exercise it without Astro's runtime.
import { z } from 'astro/zod';
import { REGION_GROUPS } from './regions.ts';
import { translationRecordSchema } from './translation-record.ts';

export const NAV_PLACEMENTS = ['header', 'footer'] as const;
export type NavPlacement = (typeof NAV_PLACEMENTS)[number];

export const pageSchema = z.strictObject({
  /** The page's <h1> and the first part of its <title>. */
  title: z.string().trim().min(1).max(90),
  /** One or two sentences for search results and share cards. */
  description: z.string().trim().min(20).max(200),
  /** The date a person last checked the page's facts against its sources (YYYY-MM-DD). */
  lastReviewed: z.coerce.date(),
  /**
   * Pages with a nav entry appear in the site navigation, in ascending order: in the
   * header (the default; keep it to a handful of main pages so it stays short on a
   * phone) or in the footer.
   */
  nav: z
    .strictObject({
      order: z.number().int().min(0),
      /** A shorter label than the title, if the title is long. */
      label: z.string().trim().min(1).max(30).optional(),
      placement: z.enum(NAV_PLACEMENTS).default('header'),
    })
    .optional(),
  /**
   * Region pages (content/pages/<locale>/regions/<slug>.mdx) only: the group the
   * page is listed under and its place in it, for the regions list and the
   * previous/next links. Read from the English page.
   */
  region: z
    .strictObject({
      group: z.enum(REGION_GROUPS),
      order: z.number().int().min(0),
    })
    .optional(),
  /** Translations only: the English file's fingerprint when this translation was made (see TRANSLATING.md). */
  translation: translationRecordSchema.optional(),
});

export type PageData = z.infer<typeof pageSchema>;
