// The `translation:` field of a translated page or quiz question: which version of the
// English file it was made from, and whether a fluent reviewer has checked it.
// `npm run i18n:stamp -- <file>` writes `source` (and keeps the other fields).
import { z } from 'astro/zod';

/** Eight hex digits: short enough to type, plenty to tell one version of a file from another. */
export const SOURCE_HASH = /^[0-9a-f]{8}$/;

export const TRANSLATION_STATUSES = ['draft', 'reviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** YYYY-MM-DD; YAML may already have read it as a date. */
const reviewDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string({ error: (issue) => (issue.input === undefined ? undefined : 'write the date of the review as YYYY-MM-DD, for example 2026-12-02') }).regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date of the review as YYYY-MM-DD, for example 2026-12-02'),
);

export const translationRecordSchema = z
  .strictObject({
    /** The English file's fingerprint (8 hex digits) when the translation was made or last checked. */
    source: z
      // Unquoted, a fingerprint of digits only (12345678) would be read as a number.
      .string({ error: (issue) => (issue.input === undefined ? undefined : 'put the 8 characters in double quotes, for example source: "0123abcd"') })
      .regex(SOURCE_HASH, 'write the 8 characters that npm run i18n:status prints, or run npm run i18n:stamp -- <this file>'),
    /**
     * draft (the default): no fluent reviewer has checked it, and readers see a line saying so.
     * reviewed: a person fluent in the language checked it against the English; say who and when.
     */
    status: z.enum(TRANSLATION_STATUSES).default('draft'),
    /** Who reviewed it (a name or a handle), with status: reviewed. */
    reviewedBy: z.string().trim().min(1).max(80).optional(),
    /** When, with status: reviewed. */
    reviewedOn: reviewDate.optional(),
  })
  .superRefine((record, context) => {
    if (record.status !== 'reviewed') return;
    for (const field of ['reviewedBy', 'reviewedOn'] as const) {
      if (record[field] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `is missing: a reviewed translation says who reviewed it and when (reviewedBy: a name, reviewedOn: YYYY-MM-DD). Until a fluent reviewer has checked it, write status: draft.`,
        });
      }
    }
  });

export type TranslationRecord = z.infer<typeof translationRecordSchema>;
