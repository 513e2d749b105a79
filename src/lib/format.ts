// Locale-aware formatting of dates and numbers, always through Intl.

/** A calendar date such as "27 November 2026"; UTC so the build machine's time zone never shifts the day. */
export function formatDate(date: Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
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
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale, options).format(value);
}

/** The day's date mark, day and month only, in the reader's language: "4 April", "4 avril", "4月4日". */
export function formatDayMonth(month: number, day: number, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, day)));
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
