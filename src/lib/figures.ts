// The figures registry (content/data/figures.yaml): every number a page states in its
// prose, once, with its source. Pages write <Fig id="…" /> and <DateText date="…" />,
// so a translation never re-types a figure or a date: each locale gets it formatted
// by Intl (src/i18n/locales.ts getIntlLocale: Arabic uses Western digits).
// Pure: the schema, the formatting and the scanning of page text for ids; unit-tested.
import { z } from 'astro/zod';
import { SOURCE_ID } from './sources.ts';
import { formatCalendarDate } from './format.ts';

export const FIGURE_KINDS = ['number', 'percent', 'compact'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Units Intl can spell in every locale (a subset of its sanctioned units). */
export const FIGURE_UNITS = ['hectare', 'kilogram', 'kilometer', 'meter', 'minute', 'hour', 'day', 'year'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const FIGURE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const figureEntrySchema = z
  .strictObject({
    id: z.string().regex(FIGURE_ID, 'use lower-case letters, digits and single hyphens'),
    /** The figure as a plain number: 6279, 90 (a percent), 1371.1, 3200000. */
    value: z.number({ error: (issue) => (issue.input === undefined ? undefined : 'write a plain number, without separators or a % sign: 6279, 90, 3200000') }),
    /**
     * number (default): 6,279 · 6 279. percent: value is 0–100, shown 90% · 90 %.
     * compact: long compact form, 3.2 million · 3,2 millions · 320万.
     */
    kind: z.enum(FIGURE_KINDS).default('number'),
    /** For a range, the upper end: value 4000000, max 6000000, kind compact → 4–6 million · 400万–600万. */
    max: z.number().optional(),
    /** Fixed number of decimals to show (802.57 → 2; 1371.10 → 2). Default: as many as the value has. */
    decimals: z.int().min(0).max(4).optional(),
    /** An Intl unit spelled out in the locale's words: 5,268 hectares · 5 268 hectares. */
    unit: z.enum(FIGURE_UNITS).optional(),
    /** The id of the source in content/sources.yaml that gives the figure. */
    source: z.string().regex(SOURCE_ID, 'use the id of a source in content/sources.yaml'),
    /** What the figure counts, for editors (never shown). */
    note: z.string().trim().min(1).optional(),
  })
  .refine((f) => f.kind !== 'percent' || (f.value >= 0 && f.value <= 100), { message: 'a percent is written 0 to 100 (90 for 90%)', path: ['value'] })
  .refine((f) => f.max === undefined || f.max > f.value, { message: 'the upper end of a range must be more than value', path: ['max'] })
  .refine((f) => f.kind === 'number' || f.unit === undefined, { message: 'a unit goes with kind: number only', path: ['unit'] });

export type FigureEntry = z.infer<typeof figureEntrySchema>;

/** Decimals the value is written with: 802.57 → 2, 6279 → 0. */
function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(intlLocale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${intlLocale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(intlLocale, options)));
  return format;
}

/** The figure as the locale writes it: 6,279 · 6 279; 90% · 90 %; 3.2 million · 320万. */
export function formatFigure(figure: Pick<FigureEntry, 'value' | 'kind' | 'decimals' | 'unit'> & { max?: number | undefined }, intlLocale: string): string {
  const kind = figure.kind ?? 'number';
  const format = (nf: Intl.NumberFormat, value: number) => (figure.max === undefined ? nf.format(value) : nf.formatRange(value, figure.max));
  if (kind === 'percent') {
    const digits = figure.decimals ?? decimalsOf(figure.value);
    // value / 100 would add floating-point noise (60.5 / 100): give Intl the digits it needs.
    const nf = numberFormat(intlLocale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
    return figure.max === undefined ? nf.format(figure.value / 100) : nf.formatRange(figure.value / 100, figure.max / 100);
  }
  if (kind === 'compact') {
    return format(numberFormat(intlLocale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 }), figure.value);
  }
  const digits = figure.decimals ?? decimalsOf(figure.value);
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (figure.unit) Object.assign(options, { style: 'unit', unit: figure.unit, unitDisplay: 'long' });
  return format(numberFormat(intlLocale, options), figure.value);
}

/** YYYY-MM-DD (a day) or YYYY-MM (a month) with a real month and day. */
export const DATE_TEXT = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function isValidDateText(date: string): boolean {
  const match = date.match(DATE_TEXT);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  const value = new Date(Date.UTC(year, month - 1, day));
  return value.getUTCFullYear() === year && value.getUTCMonth() === month - 1 && value.getUTCDate() === day;
}

/** A full date (8 December 2005 · 8 décembre 2005 · 2005年12月8日) or a month (December 2005). UTC, so the build's time zone never shifts the day. */
export function formatDateText(date: string, intlLocale: string): string {
  if (!isValidDateText(date)) throw new Error(`"${date}" is not a date: write YYYY-MM-DD (2005-12-08) or YYYY-MM (2026-02).`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  return formatCalendarDate(new Date(Date.UTC(year, month - 1, day ?? 1)), intlLocale, day === undefined ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' });
}

export interface FigureUse {
  readonly kind: 'fig' | 'date';
  /** The figure's id, or the date as written. */
  readonly value: string;
  /** 1-based line in the text scanned. */
  readonly line: number;
}

/** Every <Fig id="…"> (and <KeyFigure fig="…">) and <DateText date="…"> in an MDX body, in order. */
export function figureUses(body: string): FigureUse[] {
  const uses: { index: number; use: Omit<FigureUse, 'line'> }[] = [];
  for (const m of body.matchAll(/<(?:Fig\b[^>]*?\bid|KeyFigure\b[^>]*?\bfig)\s*=\s*["']([^"']*)["']/g)) uses.push({ index: m.index, use: { kind: 'fig', value: m[1]! } });
  for (const m of body.matchAll(/<DateText\b[^>]*?\bdate\s*=\s*["']([^"']*)["']/g)) uses.push({ index: m.index, use: { kind: 'date', value: m[1]! } });
  return uses
    .sort((a, b) => a.index - b.index)
    .map(({ index, use }) => ({ ...use, line: body.slice(0, index).split('\n').length }));
}

/** The distinct figures and dates used ("fig:x", "date:2005-12-08"), sorted: a translation must use the same set as English. */
export function figureKeys(uses: readonly Pick<FigureUse, 'kind' | 'value'>[]): string[] {
  return [...new Set(uses.map((u) => `${u.kind}:${u.value}`))].sort();
}

/** What a translation drops or adds compared with the English text's figures and dates. */
export function compareFigureKeys(english: readonly string[], translated: readonly string[]): { missing: string[]; extra: string[] } {
  const en = new Set(english);
  const tr = new Set(translated);
  return { missing: [...en].filter((k) => !tr.has(k)), extra: [...tr].filter((k) => !en.has(k)) };
}

// ── Placeholders in quiz questions (YAML text has no components) ──────────────
// {fig:<id>}         a figure from the registry:  {fig:lm-2025-casualties} → 6,279 · 6 279
// {date:YYYY-MM-DD}  a date (or {date:YYYY-MM}):   {date:2005-12-08} → 8 December 2005
// {num:<number>}     a number that is not a sourced figure, such as a wrong answer: {num:60000} → 60,000 · 60 000

export const PLACEHOLDER = /\{(fig|date|num):([^{}\s]*)\}/g;

export interface PlaceholderUse extends FigureUse {
  readonly kind: 'fig' | 'date';
}

/** The {fig:…} and {date:…} placeholders in a text, with their lines ({num:…} is not a figure: translations may differ). */
export function placeholderUses(text: string): PlaceholderUse[] {
  return [...text.matchAll(PLACEHOLDER)]
    .filter((m) => m[1] === 'fig' || m[1] === 'date')
    .map((m) => ({ kind: m[1] as 'fig' | 'date', value: m[2]!, line: text.slice(0, m.index).split('\n').length }));
}

/** What is wrong with a placeholder, or undefined when it can be expanded. */
export function placeholderProblem(kind: string, value: string, figureIds: { has(id: string): boolean }): string | undefined {
  if (kind === 'fig' && !figureIds.has(value)) return `{fig:${value}}: there is no figure "${value}" in content/data/figures.yaml. Keep the placeholder exactly as the English file writes it.`;
  if (kind === 'date' && !isValidDateText(value)) return `{date:${value}}: write the date as YYYY-MM-DD (2005-12-08) or YYYY-MM (2026-02), as the English file does.`;
  if (kind === 'num' && !/^-?\d+(\.\d+)?$/.test(value)) return `{num:${value}}: write a plain number, without separators: {num:60000}.`;
  return undefined;
}

/**
 * Replaces every placeholder in a quiz text with the figure, date or number written for
 * the locale. Throws naming `where` (the file and field) for an unknown figure or a bad value.
 */
export function expandPlaceholders(text: string, figures: ReadonlyMap<string, Parameters<typeof formatFigure>[0]>, intlLocale: string, where: string): string {
  return text.replace(PLACEHOLDER, (_, kind: string, value: string) => {
    const problem = placeholderProblem(kind, value, figures);
    if (problem) throw new Error(`${where}: ${problem}`);
    if (kind === 'fig') return formatFigure(figures.get(value)!, intlLocale);
    if (kind === 'date') return formatDateText(value, intlLocale);
    return formatFigure({ value: Number(value), kind: 'number' }, intlLocale);
  });
}
