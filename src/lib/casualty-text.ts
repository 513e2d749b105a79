// Words around the casualty figures, in the reader's language: pure functions of the
// data, a translator and the locale's Intl tag, shared by the chart, the tables and
// the counter. No figure is computed here except formatting.
import type { Children, MonitorEdition, Period, Qualifier, StatedFigure } from './casualty-data.ts';
import { formatSourceDate } from './format.ts';
import { formatNumber, formatPercent } from './numbers.ts';

/** The subset of t() these helpers use; keys are checked by the callers' types. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** "6,279", "more than 40,000", "about 500". */
export function formatFigure(figure: { value: number; qualifier?: Qualifier }, t: Translate, intl: string): string {
  const value = formatNumber(figure.value, intl);
  return figure.qualifier ? t(`casualties.qualifier.${figure.qualifier}`, { value }) : value;
}

/** "1979–2023", "January – June 2024", "since 1975", "over about 30 years". */
export function formatPeriod(period: Period, t: Translate, intl: string): string {
  if ('years' in period) return t('casualties.period.years', { years: formatNumber(period.years, intl) });
  if ('since' in period) return t('casualties.period.since', { date: formatSourceDate(period.since, intl) });
  const { from, to } = period;
  const toDate = (value: string) => {
    const [year, month] = value.split('-').map(Number);
    return new Date(Date.UTC(year!, (month ?? 1) - 1, 1));
  };
  const withMonths = from.length > 4 || to.length > 4;
  const format = new Intl.DateTimeFormat(intl, withMonths ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' });
  return from === to ? format.format(toDate(from)) : format.formatRange(toDate(from), toDate(to));
}

/** "85%", "the majority": of the casualties whose status was known (said once, beside the table). */
export function formatCivilians(civilians: NonNullable<MonitorEdition['civilians']>, t: Translate, intl: string): string {
  return civilians.percent !== undefined ? formatPercent(civilians.percent, intl) : t('casualties.civilians.majority');
}

/** "1,171 (49% of civilian casualties)", "half of civilian casualties", "1,498". */
export function formatChildren(children: Children, t: Translate, intl: string): string {
  const share =
    children.percent !== undefined
      ? t(`casualties.share.percent.${children.of}`, { percent: formatPercent(children.percent, intl) })
      : children.fraction !== undefined
        ? t(`casualties.share.${children.fraction}.${children.of}`)
        : undefined;
  if (children.count === undefined) return share!;
  const count = formatNumber(children.count, intl);
  return share ? t('casualties.children.countAndShare', { count, share }) : count;
}

/** The figures a national record gives, in a fixed order, labelled. */
export function statedFigures(
  record: Partial<Record<'casualties' | 'killed' | 'injured' | 'children', StatedFigure>>,
  t: Translate,
  intl: string,
): { measure: string; label: string; value: string }[] {
  return (['killed', 'injured', 'casualties', 'children'] as const)
    .filter((measure) => record[measure] !== undefined)
    .map((measure) => ({ measure, label: t(`casualties.measure.${measure}`), value: formatFigure(record[measure]!, t, intl) }));
}
