import { describe, expect, it } from 'vitest';
import { getIntlLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { formatChildren, formatCivilians, formatFigure, formatPeriod, statedFigures, type Translate } from './casualty-text.ts';

const en = useTranslations('en') as unknown as Translate;
const fr = useTranslations('fr') as unknown as Translate;
const ar = useTranslations('ar') as unknown as Translate;
const intl = { en: getIntlLocale('en'), fr: getIntlLocale('fr'), ar: getIntlLocale('ar') };
const plain = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '').replace(/\s+/g, ' ');

describe('formatFigure', () => {
  it('keeps the source’s qualifier', () => {
    expect(formatFigure({ value: 40000, qualifier: 'more-than' }, en, intl.en)).toBe('more than 40,000');
    expect(plain(formatFigure({ value: 40000, qualifier: 'more-than' }, fr, intl.fr))).toBe('plus de 40 000');
    expect(formatFigure({ value: 834 }, ar, intl.ar)).toBe('834');
  });
});

describe('formatPeriod', () => {
  it('formats ranges of years and of months, "since" and "over about N years"', () => {
    expect(plain(formatPeriod({ from: '1979', to: '2023' }, en, intl.en))).toMatch(/^1979 ?– ?2023$/);
    expect(formatPeriod({ from: '2023', to: '2023' }, en, intl.en)).toBe('2023');
    expect(plain(formatPeriod({ from: '2024-01', to: '2024-06' }, en, intl.en))).toBe('January – June 2024');
    expect(plain(formatPeriod({ from: '2024-01', to: '2024-06' }, fr, intl.fr))).toBe('janvier – juin 2024');
    expect(formatPeriod({ since: '1975' }, en, intl.en)).toBe('since 1975');
    expect(formatPeriod({ since: '2020-11' }, fr, intl.fr)).toBe('depuis novembre 2020');
    expect(formatPeriod({ years: 30 }, en, intl.en)).toBe('over about 30 years');
  });
});

describe('formatCivilians and formatChildren', () => {
  it('say what a share is a share of', () => {
    expect(formatCivilians({ percent: 85, source: 'x' }, en, intl.en)).toBe('85%');
    expect(formatCivilians({ percent: 85, source: 'x' }, fr, intl.fr)).toBe('85\u00a0%');
    expect(formatCivilians({ fraction: 'majority', source: 'x' }, en, intl.en)).toBe('the majority');
    expect(formatChildren({ count: 1171, percent: 49, of: 'civilians', source: 'x' }, en, intl.en)).toBe('1,171 (49% of civilian casualties)');
    expect(formatChildren({ fraction: 'almost-half', of: 'all', source: 'x' }, en, intl.en)).toBe('almost half of all casualties');
    expect(formatChildren({ fraction: 'half', of: 'civilians', source: 'x' }, fr, intl.fr)).toBe('la moitié des victimes civiles');
    expect(formatChildren({ count: 1498, source: 'x' }, en, intl.en)).toBe('1,498');
  });
});

describe('statedFigures', () => {
  it('lists what a national record gives, labelled, never summed', () => {
    expect(statedFigures({ killed: { value: 19822 }, injured: { value: 45215 } }, en, intl.en)).toEqual([
      { measure: 'killed', label: 'Killed', value: '19,822' },
      { measure: 'injured', label: 'Injured', value: '45,215' },
    ]);
    expect(statedFigures({ casualties: { value: 3345 }, children: { value: 357 } }, en, intl.en).map((f) => f.label)).toEqual([
      'Killed or injured',
      'Children among them',
    ]);
  });
});
