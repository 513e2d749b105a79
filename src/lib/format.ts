// Locale-aware formatting of dates and numbers, always through Intl.

/** A calendar date such as "27 November 2026"; UTC so the build machine's time zone never shifts the day. */
export function formatDate(date: Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
