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
