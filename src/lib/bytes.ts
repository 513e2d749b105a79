// A download size for readers, in their language's units and digits.

/** '2.4 MB', '850 kB' (decimal units, as operators bill data), through Intl. */
export function formatBytes(bytes: number, intlLocale: string): string {
  const megabytes = bytes >= 1_000_000;
  const value = megabytes ? bytes / 1_000_000 : Math.max(1, Math.ceil(bytes / 1000));
  return new Intl.NumberFormat(intlLocale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(value);
}
