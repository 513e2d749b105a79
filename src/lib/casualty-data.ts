// Schemas of the casualty data files in content/data/ and the pure helpers the
// chart, the national-figures table and the counter share. Kept apart from
// content.config.ts so unit tests can use them without Astro's runtime.
//
// Every figure carries the id of its source: a figure without one fails the build.
import { z } from 'astro/zod';
import { SOURCE_ID } from './sources.ts';

const sourceId = z.string().regex(SOURCE_ID, 'use the id of a source in content/sources.yaml');
const count = z.int().min(0);
const year = z.int().min(1900).max(2100);
/** ISO 3166-1 alpha-2; the name comes from "casualties.country.<code>" in content/i18n. */
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166 two-letter code such as MM');
const percent = z.number().min(0).max(100);
/** A date as a source gives it: YYYY, YYYY-MM or YYYY-MM-DD (YAML may read the last as a Date). */
const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const QUALIFIERS = ['more-than', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** One number, as its source gives it, with the source's id. */
export const figureSchema = z.strictObject({
  value: count,
  qualifier: z.enum(QUALIFIERS).optional(),
  source: sourceId,
});
export type Figure = z.infer<typeof figureSchema>;

export const civiliansSchema = z
  .strictObject({
    /** Share of the casualties whose status was known. */
    percent: percent.optional(),
    fraction: z.enum(['majority']).optional(),
    source: sourceId,
  })
  .refine((c) => (c.percent === undefined) !== (c.fraction === undefined), 'give either percent or fraction');

export const FRACTIONS = ['half', 'almost-half'] as const;
export const childrenSchema = z
  .strictObject({
    count: count.optional(),
    percent: percent.optional(),
    fraction: z.enum(FRACTIONS).optional(),
    /** What percent or fraction is a share of. */
    of: z.enum(['all', 'civilians']).optional(),
    source: sourceId,
  })
  .refine((c) => c.count !== undefined || c.percent !== undefined || c.fraction !== undefined, 'give a count, a percent or a fraction')
  .refine((c) => !(c.percent !== undefined && c.fraction !== undefined), 'give a percent or a fraction, not both')
  .refine((c) => (c.percent === undefined && c.fraction === undefined) === (c.of === undefined), {
    message: 'a percent or fraction needs `of` (all or civilians), and `of` needs one of them',
    path: ['of'],
  });
export type Children = z.infer<typeof childrenSchema>;

export const countryFigureSchema = z.strictObject({
  country: countryCode,
  value: count,
  qualifier: z.enum(QUALIFIERS).optional(),
  source: sourceId,
});

/**
 * An edition's total: the counter divides by it (the estimate's daily average, "one
 * about every N minutes"), so 0 is a mistake in the file, never a figure to publish.
 */
const monitorTotalSchema = figureSchema.extend({
  value: z.int().positive('a Landmine Monitor total must be a whole number above 0: the counter and its estimate divide by it'),
});

/** One Landmine Monitor edition: content/data/landmine-monitor.yaml. */
export const monitorEditionSchema = z
  .strictObject({
    id: z.string().regex(/^lm-\d{4}$/, 'use lm-<edition>'),
    edition: year,
    dataYear: year,
    casualties: monitorTotalSchema,
    killed: figureSchema.optional(),
    injured: figureSchema.optional(),
    civilians: civiliansSchema.optional(),
    children: childrenSchema.optional(),
    mostAffected: z.array(countryFigureSchema).min(1).optional(),
    revisedLater: z.array(z.strictObject({ edition: year, value: count, source: sourceId })).min(1).optional(),
  })
  .refine((e) => e.id === `lm-${e.edition}`, { message: 'the id must be lm-<edition>', path: ['id'] })
  .refine((e) => e.dataYear === e.edition - 1, { message: 'each edition reports the year before it', path: ['dataYear'] })
  .refine((e) => (e.killed?.value ?? 0) + (e.injured?.value ?? 0) <= e.casualties.value, {
    message: 'killed and injured add up to more than the casualties',
    path: ['casualties'],
  })
  .refine((e) => (e.revisedLater ?? []).every((r) => r.edition > e.edition), {
    message: 'a revision comes from a later edition',
    path: ['revisedLater'],
  });
export type MonitorEdition = z.infer<typeof monitorEditionSchema>;

const statedFigure = z.strictObject({ value: count, qualifier: z.enum(QUALIFIERS).optional() });
export type StatedFigure = z.infer<typeof statedFigure>;

export const COUNTRY_MEASURES = ['casualties', 'killed', 'injured', 'children'] as const;
export type CountryMeasure = (typeof COUNTRY_MEASURES)[number];

export const periodSchema = z.union([
  z.strictObject({ from: partialDate, to: partialDate }),
  z.strictObject({ since: partialDate }),
  z.strictObject({ years: z.int().min(1) }),
]);
export type Period = z.infer<typeof periodSchema>;

/** Figures a national authority or government gives: content/data/countries.yaml. */
export const countryRecordSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)+$/, 'use <country>-<who>-<period> in lower case'),
    country: countryCode,
    /** Who gives the figures: "casualties.who.<attribution>" in content/i18n. */
    attribution: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    kind: z.enum(['national-authority', 'government', 'government-of-a-party']),
    statedOn: partialDate,
    source: sourceId,
    period: periodSchema,
    casualties: statedFigure.optional(),
    killed: statedFigure.optional(),
    injured: statedFigure.optional(),
    children: statedFigure.optional(),
    context: z.strictObject({ text: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), source: sourceId }).optional(),
  })
  .refine((r) => COUNTRY_MEASURES.some((m) => r[m] !== undefined), 'give at least one figure')
  .refine((r) => r.kind !== 'government-of-a-party' || r.context !== undefined, {
    message: 'figures from a party to a conflict need independent context',
    path: ['context'],
  });
export type CountryRecord = z.infer<typeof countryRecordSchema>;

/** Every source id a monitor edition names, in order of appearance. */
export function editionSourceIds(edition: MonitorEdition): string[] {
  const ids = [
    edition.casualties.source,
    edition.killed?.source,
    edition.injured?.source,
    edition.civilians?.source,
    edition.children?.source,
    ...(edition.mostAffected ?? []).map((c) => c.source),
    ...(edition.revisedLater ?? []).map((r) => r.source),
  ];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

export function countrySourceIds(record: CountryRecord): string[] {
  return [...new Set([record.source, record.context?.source].filter((id): id is string => id !== undefined))];
}

/** The editions in order, oldest first; fails if two records share an edition. */
export function sortEditions<E extends Pick<MonitorEdition, 'edition'>>(editions: readonly E[]): E[] {
  const sorted = [...editions].sort((a, b) => a.edition - b.edition);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.edition === sorted[i - 1]!.edition) throw new Error(`Landmine Monitor ${sorted[i]!.edition} appears twice.`);
  }
  return sorted;
}

/** The newest edition: the counter's figure. */
export function latestEdition<E extends Pick<MonitorEdition, 'edition'>>(editions: readonly E[]): E {
  const latest = sortEditions(editions).at(-1);
  if (!latest) throw new Error('content/data/landmine-monitor.yaml has no editions.');
  return latest;
}

/** Fails, naming the file and the record, when a record names a source the registry lacks. */
export function assertSourcesKnown(file: string, records: readonly { id: string; sources: readonly string[] }[], known: ReadonlySet<string>): void {
  const problems = records.flatMap((r) => r.sources.filter((id) => !known.has(id)).map((id) => `  - ${r.id}: source "${id}" is not in content/sources.yaml`));
  if (problems.length) throw new Error(`${file} names unknown sources:\n${problems.join('\n')}`);
}
