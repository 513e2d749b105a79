// Numbers for display, always through Intl with the locale's Intl tag (see
// getIntlLocale in src/i18n/locales.ts: Arabic uses Western digits). Also bundled
// into the counter's browser script, so it imports nothing.

const cache = new Map<string, Intl.NumberFormat>();

function formatter(intlLocale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${intlLocale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale, options);
    cache.set(key, format);
  }
  return format;
}

/** A whole number with the locale's grouping: 6,279 · 6 279 · 6,279. */
export function formatNumber(value: number, intlLocale: string): string {
  return formatter(intlLocale, { maximumFractionDigits: 0 }).format(value);
}

/** A number with exactly one decimal: 17.2 · 17,2. */
export function formatDecimal(value: number, intlLocale: string): string {
  return formatter(intlLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A percentage given as 0–100: 85% · 85 %. */
export function formatPercent(percent: number, intlLocale: string): string {
  return formatter(intlLocale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}
