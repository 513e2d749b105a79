// Locale-aware formatting of dates and numbers, always through Intl.

/**
 * A calendar date through Intl, in UTC (so the build machine's time zone never shifts
 * the day), written as the United Nations writes dates in that language where Intl
 * does not: in Arabic the month has both its names, "8 كانون الأول/ديسمبر 2005", as
 * in the Arabic text of resolution 60/97; in French the first of the month is "1er".
 */
export function formatCalendarDate(date: Date, intlLocale: string, options: Intl.DateTimeFormatOptions): string {
  const format = new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: 'UTC' });
  const language = format.resolvedOptions().locale.split('-')[0];
  return format
    .formatToParts(date)
    .map(({ type, value }) => {
      if (language === 'ar' && type === 'month') {
        const levantine = new Intl.DateTimeFormat('ar-SY', { month: 'long', timeZone: 'UTC' }).format(date);
        return levantine === value ? value : `${levantine}/${value}`;
      }
      if (language === 'fr' && type === 'day' && value === '1') return '1er';
      return value;
    })
    .join('');
}

/** A calendar date such as "27 November 2026". */
export function formatDate(date: Date, intlLocale: string): string {
  return formatCalendarDate(date, intlLocale, { dateStyle: 'long' });
}

/** The machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A source's date as given: a year ("2018"), a month ("November 2021") or a day. */
export function formatSourceDate(date: string, intlLocale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const value = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return formatCalendarDate(value, intlLocale, day ? { dateStyle: 'long' } : { year: 'numeric', month: 'long' });
}

/** The day's date mark, day and month only, in the reader's language: "4 April", "4 avril", "4月4日". */
export function formatDayMonth(month: number, day: number, intlLocale: string): string {
  return formatCalendarDate(new Date(Date.UTC(2026, month - 1, day)), intlLocale, { day: 'numeric', month: 'long' });
}

/**
 * The date mark split for a calendar-page design: the day large, the rest of the date
 * below it ("4" / "April", "4" / "de abril"); languages that write the date as one word
 * ("4月4日") keep it whole.
 */
export function dateMarkParts(month: number, day: number, intlLocale: string): { big: string; small: string } {
  const text = formatDayMonth(month, day, intlLocale);
  const match = /^(\d+)\s+(.+)$/.exec(text);
  return match ? { big: match[1]!, small: match[2]! } : { big: text, small: '' };
}
