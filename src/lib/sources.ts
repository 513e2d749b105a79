// The source registry's schema and the pure helpers around citations.
import { z } from 'astro/zod';

export const SOURCE_KINDS = ['official', 'monitor', 'operator', 'news', 'government-of-a-party'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const sourceSchema = z.strictObject({
  id: z.string().regex(SOURCE_ID, 'use lower-case letters, digits and single hyphens'),
  publisher: z.string().trim().min(1),
  title: z.string().trim().min(1),
  // YAML reads 2024-11-20 as a date and 2018 as a number: accept both as written.
  date: z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
    z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD'),
  ),
  url: z.url({ protocol: /^https?$/ }),
  kind: z.enum(SOURCE_KINDS),
  note: z.string().trim().min(1).optional(),
  furtherReading: z.boolean().optional(),
});

export type Source = z.infer<typeof sourceSchema>;

/** The ids cited in an MDX body with <Cite id="…" />, in order of first appearance. */
export function citedIds(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(/<Cite\b[^>]*?\bid\s*=\s*["']([^"']+)["']/g)) {
    const id = match[1]!;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Numbers sources for the Sources page and for citations: grouped by kind in
 * SOURCE_KINDS order, then by publisher and date, so a number is stable whichever
 * page cites it.
 */
export function numberSources<S extends Pick<Source, 'id' | 'kind' | 'publisher' | 'date'>>(sources: readonly S[]): Map<string, number> {
  const ordered = [...sources].sort(
    (a, b) =>
      SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind) ||
      a.publisher.localeCompare(b.publisher, 'en') ||
      a.date.localeCompare(b.date) ||
      a.id.localeCompare(b.id),
  );
  return new Map(ordered.map((source, index) => [source.id, index + 1]));
}

/** Throws, naming the file, if a page cites an id the registry lacks. */
export function assertCitationsKnown(file: string, body: string, known: ReadonlySet<string>): void {
  const unknown = citedIds(body).filter((id) => !known.has(id));
  if (unknown.length) {
    throw new Error(`${file}: <Cite> names ${unknown.map((id) => `"${id}"`).join(', ')}, not in content/sources.yaml.`);
  }
}
