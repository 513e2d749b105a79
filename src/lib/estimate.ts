// The "since 1 January" estimate behind the counter's second mode. Pure: the clock
// and the time zone are arguments, so tests can fix both. Also bundled into the
// counter's browser script, so it stays small and uses only Intl.
//
// Method (explained to readers in the counter's <details>):
// - the latest Landmine Monitor annual total is spread evenly over the days of the
//   year it describes (its data year: 366 for 2024), giving a daily average;
// - "so far this year" runs from midnight on 1 January where the reader is;
// - the estimate is the time since then multiplied by that average, rounded down
//   to whole people. A 365-day calendar year therefore ends a little below the
//   annual total (6,261 of 6,279 for 2024's figures): the daily average, not the
//   total, is what carries over to another year.

export const MS_PER_DAY = 86_400_000;

export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar year and wall-clock offset from UTC (ms) of an instant in a time zone. */
function zoneParts(instant: number, timeZone: string): { year: number; offset: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = Number(part.value);
  const wallClock = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return { year: parts.year!, offset: wallClock - (instant - (((instant % 1000) + 1000) % 1000)) };
}

/** The instant (epoch ms) of midnight at the start of 1 January of `year` in a time zone. */
export function startOfYear(year: number, timeZone: string): number {
  const utcMidnight = Date.UTC(year, 0, 1);
  // Wall-clock midnight is utcMidnight − offset; the offset is read at the guess so a
  // zone whose offset differs on each side of UTC midnight still lands exactly.
  const guess = utcMidnight - zoneParts(utcMidnight, timeZone).offset;
  return utcMidnight - zoneParts(guess, timeZone).offset;
}

export interface EstimateInput {
  /** The current instant, epoch ms. */
  readonly now: number;
  /** The latest annual total (Landmine Monitor casualties in its data year). */
  readonly annualTotal: number;
  /** The year the total describes; its number of days sets the daily average. */
  readonly dataYear: number;
  /** The reader's IANA time zone, e.g. "Europe/Paris". */
  readonly timeZone: string;
}

export interface Estimate {
  /** Whole people so far this year, rounded down. */
  readonly count: number;
  /** The reader's current calendar year. */
  readonly year: number;
  /** Midnight on 1 January of that year where the reader is (epoch ms). */
  readonly yearStart: number;
  /** The instant the count next changes: the next whole person, or the new year (epoch ms). */
  readonly nextAt: number;
}

/** Casualties per day on average in the data year. */
export function dailyAverage(annualTotal: number, dataYear: number): number {
  return annualTotal / daysInYear(dataYear);
}

/** Minutes between casualties on average in the data year. */
export function minutesBetween(annualTotal: number, dataYear: number): number {
  return (daysInYear(dataYear) * 24 * 60) / annualTotal;
}

export function estimateSinceJanuary1({ now, annualTotal, dataYear, timeZone }: EstimateInput): Estimate {
  if (!(annualTotal > 0) || !Number.isInteger(annualTotal)) throw new Error(`The annual total must be a positive whole number, not ${annualTotal}.`);
  const year = zoneParts(now, timeZone).year;
  const yearStart = startOfYear(year, timeZone);
  const nextYearStart = startOfYear(year + 1, timeZone);
  const yearMs = daysInYear(dataYear) * MS_PER_DAY;
  // Integers throughout (elapsed × total stays far below 2^53), so the boundary is exact.
  const count = Math.floor(((now - yearStart) * annualTotal) / yearMs);
  const nextPerson = yearStart + Math.ceil(((count + 1) * yearMs) / annualTotal);
  return { count, year, yearStart, nextAt: Math.min(nextPerson, nextYearStart) };
}
