import { describe, expect, it } from 'vitest';
import { getIntlLocale } from '../i18n/locales.ts';
import { formatDecimal, formatNumber, formatPercent } from './numbers.ts';

const en = getIntlLocale('en');
const fr = getIntlLocale('fr');
const ar = getIntlLocale('ar');

describe('formatNumber', () => {
  it('groups thousands the English way', () => {
    expect(formatNumber(6279, en)).toBe('6,279');
    expect(formatNumber(45215, en)).toBe('45,215');
    expect(formatNumber(0, en)).toBe('0');
  });

  it('groups thousands with a narrow no-break space in French', () => {
    expect(formatNumber(6279, fr)).toBe('6\u202f279');
    expect(formatNumber(19822, fr)).toBe('19\u202f822');
  });

  it('uses Western digits and a comma in Arabic, as UN Arabic documents do', () => {
    expect(formatNumber(6279, ar)).toBe('6,279');
    expect(formatNumber(6279, ar)).not.toMatch(/[\u0660-\u0669]/);
  });

  it('rounds to whole people', () => {
    expect(formatNumber(6278.99, en)).toBe('6,279');
  });
});

describe('formatDecimal and formatPercent', () => {
  it('follow each locale', () => {
    expect(formatDecimal(6279 / 366, en)).toBe('17.2');
    expect(formatDecimal(6279 / 366, fr)).toBe('17,2');
    expect(formatDecimal(6279 / 366, ar)).toBe('17.2');
    expect(formatPercent(85, en)).toBe('85%');
    expect(formatPercent(85, fr)).toBe('85\u00a0%');
    expect(formatPercent(85, ar).replace(/[\u200e\u200f\u061c]/g, '')).toBe('85%');
  });
});
