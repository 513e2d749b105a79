// The fingerprint of an English source file that a translation records in its
// `translation: { source: … }` field. Comparing it with the English file as it is now
// tells whether the translation is out of date, with no git history needed (a
// shallow clone or a downloaded zip works the same).
import { createHash } from 'node:crypto';

/** Line endings and trailing blank lines do not count as changes. */
export function normalizeSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

export function sourceHash(text: string): string {
  return createHash('sha256').update(normalizeSource(text), 'utf8').digest('hex').slice(0, 8);
}
