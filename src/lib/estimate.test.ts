// The "since 1 January" estimate with a fixed clock. Expected counts were worked
// out independently (Python's zoneinfo), not with this code.
import { describe, expect, it } from 'vitest';
import { dailyAverage, daysInYear, estimateSinceJanuary1, minutesBetween, startOfYear } from './estimate.ts';

// Landmine Monitor 2025: 6,279 casualties in 2024, a leap year.
const LM2025 = { annualTotal: 6279, dataYear: 2024 } as const;
const at = (iso: string) => Date.parse(iso);
const count = (iso: string, timeZone: string, input: { annualTotal: number; dataYear: number } = LM2025) =>
  estimateSinceJanuary1({ ...input, now: at(iso), timeZone }).count;

describe('daysInYear', () => {
  it('knows leap years, century years included', () => {
    expect([2023, 2024, 2025, 2028, 1900, 2000, 2100].map(daysInYear)).toEqual([365, 366, 365, 366, 365, 366, 365]);
  });
});

describe('the daily average', () => {
  it('spreads the total over the days of its data year', () => {
    expect(dailyAverage(6279, 2024)).toBeCloseTo(17.156, 3);
    expect(dailyAverage(6279, 2023)).toBeCloseTo(17.203, 3);
    // About one casualty every 84 minutes, as the fact sheet says.
    expect(Math.round(minutesBetween(6279, 2024))).toBe(84);
  });
});

describe('startOfYear', () => {
  it('is midnight on 1 January where the reader is', () => {
    expect(startOfYear(2026, 'UTC')).toBe(at('2026-01-01T00:00:00Z'));
    expect(startOfYear(2026, 'Asia/Tokyo')).toBe(at('2025-12-31T15:00:00Z'));
    expect(startOfYear(2026, 'America/New_York')).toBe(at('2026-01-01T05:00:00Z'));
    expect(startOfYear(2026, 'Asia/Kolkata')).toBe(at('2025-12-31T18:30:00Z'));
    // Summer time in January in the southern hemisphere (UTC+11).
    expect(startOfYear(2026, 'Australia/Sydney')).toBe(at('2025-12-31T13:00:00Z'));
    expect(startOfYear(2026, 'Pacific/Kiritimati')).toBe(at('2025-12-31T10:00:00Z'));
  });
});

describe('estimateSinceJanuary1', () => {
  it('is 0 at midnight on 1 January and for the first 83 minutes', () => {
    expect(count('2026-01-01T00:00:00Z', 'UTC')).toBe(0);
    expect(count('2026-01-01T01:23:00Z', 'UTC')).toBe(0);
    expect(count('2026-01-01T01:24:00Z', 'UTC')).toBe(1);
  });

  it('ends 31 December just below the annual total in a 365-day year', () => {
    expect(count('2025-12-31T23:59:59.999Z', 'UTC')).toBe(6261);
    expect(count('2026-01-01T00:00:00Z', 'UTC')).toBe(0);
  });

  it('counts the extra day of a leap year', () => {
    // 29 February 2028 at noon is 59.5 days into the year: 59.5 × 6,279 ÷ 366 = 1,020.8.
    expect(count('2028-02-29T12:00:00Z', 'UTC')).toBe(1020);
    expect(count('2028-03-01T00:00:00Z', 'UTC')).toBe(1029);
    expect(count('2028-12-31T23:59:59.999Z', 'UTC')).toBe(6278);
    expect(count('2029-01-01T00:00:00Z', 'UTC')).toBe(0);
  });

  it('uses the day count of the data year, not of the current year', () => {
    // Landmine Monitor 2024: 5,757 casualties in 2023 (365 days).
    expect(count('2025-12-31T23:59:59.999Z', 'UTC', { annualTotal: 5757, dataYear: 2023 })).toBe(5756);
    expect(count('2026-03-01T00:00:00Z', 'UTC')).toBe(1012);
  });

  it('counts from the reader’s own midnight, on either side of midnight UTC', () => {
    // 02:00 UTC on 1 January 2026: already the new year east of UTC, still 2025 west of it.
    const justAfter = '2026-01-01T02:00:00Z';
    expect(count(justAfter, 'UTC')).toBe(1);
    expect(count(justAfter, 'Asia/Kolkata')).toBe(5);
    expect(count(justAfter, 'Asia/Tokyo')).toBe(7);
    expect(count(justAfter, 'Australia/Sydney')).toBe(9);
    expect(count(justAfter, 'Pacific/Kiritimati')).toBe(11);
    expect(count(justAfter, 'America/New_York')).toBe(6259);
    expect(count(justAfter, 'Pacific/Pago_Pago')).toBe(6255);
    // 22:00 UTC on 31 December 2025: the reverse.
    const justBefore = '2025-12-31T22:00:00Z';
    expect(count(justBefore, 'UTC')).toBe(6260);
    expect(count(justBefore, 'Asia/Kolkata')).toBe(2);
    expect(count(justBefore, 'Asia/Tokyo')).toBe(5);
    expect(count(justBefore, 'America/New_York')).toBe(6256);
    expect(estimateSinceJanuary1({ ...LM2025, now: at(justBefore), timeZone: 'Asia/Tokyo' }).year).toBe(2026);
    expect(estimateSinceJanuary1({ ...LM2025, now: at(justBefore), timeZone: 'America/New_York' }).year).toBe(2025);
  });

  it('names the exact moment the next whole person is reached', () => {
    for (const iso of ['2026-01-01T00:00:00Z', '2026-05-17T09:41:12.345Z', '2026-12-30T23:00:00Z']) {
      const now = at(iso);
      const { count: current, nextAt } = estimateSinceJanuary1({ ...LM2025, now, timeZone: 'Europe/Paris' });
      expect(nextAt).toBeGreaterThan(now);
      expect(estimateSinceJanuary1({ ...LM2025, now: nextAt - 1, timeZone: 'Europe/Paris' }).count).toBe(current);
      expect(estimateSinceJanuary1({ ...LM2025, now: nextAt, timeZone: 'Europe/Paris' }).count).toBe(current + 1);
    }
    // The first person of the year, about 84 minutes after midnight.
    const first = estimateSinceJanuary1({ ...LM2025, now: at('2026-01-01T00:00:00Z'), timeZone: 'UTC' }).nextAt;
    expect(first - at('2026-01-01T00:00:00Z')).toBe(Math.ceil((366 * 86_400_000) / 6279));
  });

  it('schedules the last change of the year for the reader’s midnight, when the count starts again', () => {
    const last = estimateSinceJanuary1({ ...LM2025, now: at('2025-12-31T23:59:59.999Z'), timeZone: 'UTC' });
    expect(last.nextAt).toBe(at('2026-01-01T00:00:00Z'));
    const tokyo = estimateSinceJanuary1({ ...LM2025, now: at('2025-12-31T14:59:00Z'), timeZone: 'Asia/Tokyo' });
    expect(tokyo.nextAt).toBe(at('2025-12-31T15:00:00Z'));
  });

  it('refuses a total that is not a positive whole number', () => {
    for (const annualTotal of [0, -5, 12.5, Number.NaN]) {
      expect(() => estimateSinceJanuary1({ annualTotal, dataYear: 2024, now: 0, timeZone: 'UTC' })).toThrow(/positive whole number/);
    }
  });
});
