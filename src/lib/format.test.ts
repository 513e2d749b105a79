import { describe, expect, it } from 'vitest';
import { dateMarkParts, formatDate, formatDayMonth, formatSourceDate } from './format.ts';

describe('dates in the reader’s language', () => {
  it('writes English dates in British style', () => {
    expect(formatDate(new Date('2026-11-27T00:00:00Z'), 'en-GB')).toBe('27 November 2026');
    expect(formatDayMonth(4, 4, 'en-GB')).toBe('4 April');
  });
  it('writes the date mark in each language', () => {
    expect(formatDayMonth(4, 4, 'fr')).toBe('4 avril');
    expect(formatDayMonth(4, 4, 'es')).toBe('4 de abril');
    expect(formatDayMonth(4, 4, 'ru')).toBe('4 апреля');
    expect(formatDayMonth(4, 4, 'zh-Hans')).toBe('4月4日');
    expect(formatDayMonth(4, 4, 'ar-u-nu-latn')).toMatch(/^4 /);
  });
});

describe('dateMarkParts', () => {
  it('puts the day above the month', () => {
    expect(dateMarkParts(4, 4, 'en-GB')).toEqual({ big: '4', small: 'April' });
    expect(dateMarkParts(4, 4, 'es')).toEqual({ big: '4', small: 'de abril' });
  });
  it('keeps a date written as one word whole', () => {
    expect(dateMarkParts(4, 4, 'zh-Hans')).toEqual({ big: '4月4日', small: '' });
  });
});

describe('dates as the United Nations writes them', () => {
  it('gives an Arabic month both its names, as the Arabic text of resolution 60/97 does', () => {
    expect(formatDate(new Date('2005-12-08T00:00:00Z'), 'ar-u-nu-latn')).toBe('8 كانون الأول/ديسمبر 2005');
    expect(formatDayMonth(4, 4, 'ar-u-nu-latn')).toBe('4 نيسان/أبريل');
    expect(dateMarkParts(4, 4, 'ar-u-nu-latn')).toEqual({ big: '4', small: 'نيسان/أبريل' });
    expect(formatSourceDate('2021-11', 'ar-u-nu-latn')).toBe('تشرين الثاني/نوفمبر 2021');
  });

  it('writes the first of the month "1er" in French, and other days as Intl does', () => {
    expect(formatDate(new Date('2026-04-01T00:00:00Z'), 'fr')).toBe('1er avril 2026');
    expect(formatDate(new Date('2026-04-04T00:00:00Z'), 'fr')).toBe('4 avril 2026');
    expect(formatDate(new Date('2026-04-01T00:00:00Z'), 'en-GB')).toBe('1 April 2026');
  });
});
