// The `translation:` field of a translated page or quiz question: which version of the
// English file it was made from. `npm run i18n:stamp -- <file>` writes it.
import { z } from 'astro/zod';

/** Eight hex digits: short enough to type, plenty to tell one version of a file from another. */
export const SOURCE_HASH = /^[0-9a-f]{8}$/;

export const translationRecordSchema = z.strictObject({
  /** The English file's fingerprint (8 hex digits) when the translation was made or last checked. */
  source: z
    // Unquoted, a fingerprint of digits only (12345678) would be read as a number.
    .string({ error: (issue) => (issue.input === undefined ? undefined : 'put the 8 characters in double quotes, for example source: "0123abcd"') })
    .regex(SOURCE_HASH, 'write the 8 characters that npm run i18n:status prints, or run npm run i18n:stamp -- <this file>'),
});
