import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, getIntlLocale } from '../i18n/locales.ts';
import { compareFigureKeys, expandPlaceholders, figureEntrySchema, figureKeys, figureUses, formatDateText, formatFigure, isValidDateText, placeholderUses } from './figures.ts';

const nnbsp = '\u202f';

describe('formatFigure', () => {
  it('writes a count with the locale grouping', () => {
    expect(formatFigure({ value: 6279, kind: 'number' }, getIntlLocale('en'))).toBe('6,279');
    expect(formatFigure({ value: 6279, kind: 'number' }, getIntlLocale('fr'))).toBe(`6${nnbsp}279`);
    expect(formatFigure({ value: 6279, kind: 'number' }, getIntlLocale('ar'))).toBe('6,279');
  });
  it('writes a percent given as 0–100 in the locale percent style', () => {
    expect(formatFigure({ value: 90, kind: 'percent' }, getIntlLocale('en'))).toBe('90%');
    expect(formatFigure({ value: 26, kind: 'percent' }, getIntlLocale('fr'))).toMatch(/^26[\u00a0\u202f]%$/);
    expect(formatFigure({ value: 60.5, kind: 'percent' }, getIntlLocale('en'))).toBe('60.5%');
    expect(formatFigure({ value: 1.63, kind: 'percent' }, getIntlLocale('fr'))).toMatch(/^1,63[\u00a0\u202f]%$/);
  });
  it('keeps the decimals the value has, or the ones asked for', () => {
    expect(formatFigure({ value: 802.57, kind: 'number' }, 'en-GB')).toBe('802.57');
    expect(formatFigure({ value: 1371.1, kind: 'number', decimals: 2 }, 'en-GB')).toBe('1,371.10');
  });
  it('writes large round figures in words, compact', () => {
    expect(formatFigure({ value: 3_200_000, kind: 'compact' }, 'en-GB')).toBe('3.2 million');
    expect(formatFigure({ value: 3_200_000, kind: 'compact' }, 'fr')).toBe('3,2 millions');
    expect(formatFigure({ value: 100_000_000, kind: 'compact' }, 'zh-Hans')).toBe('1亿');
  });
  it('writes a range as the locale does', () => {
    expect(formatFigure({ value: 4_000_000, max: 6_000_000, kind: 'compact' }, 'en-GB')).toBe('4–6 million');
    expect(formatFigure({ value: 4_000_000, max: 6_000_000, kind: 'compact' }, 'zh-Hans')).toMatch(/^400万\s?[-–]\s?600万$/);
    expect(figureEntrySchema.safeParse({ id: 'x', value: 6, max: 4, source: 'a' }).error!.issues[0]!.path).toEqual(['max']);
  });
  it('spells a unit in the locale', () => {
    expect(formatFigure({ value: 5268, kind: 'number', unit: 'hectare' }, 'en-GB')).toBe('5,268 hectares');
  });
  it('formats every registered locale without throwing', () => {
    for (const code of LOCALE_CODES) expect(formatFigure({ value: 12.5, kind: 'percent' }, getIntlLocale(code))).toMatch(/12[.,]5/);
  });
});

describe('formatDateText', () => {
  it('writes a full date as the locale does (English pages in British style)', () => {
    expect(formatDateText('2005-12-08', getIntlLocale('en'))).toBe('8 December 2005');
    expect(formatDateText('2005-12-08', getIntlLocale('fr'))).toBe('8 décembre 2005');
    expect(formatDateText('2005-12-08', getIntlLocale('zh-Hans'))).toBe('2005年12月8日');
    expect(formatDateText('2005-12-08', getIntlLocale('ar'))).toMatch(/^8 .+ 2005$/);
  });
  it('writes a year and month', () => {
    expect(formatDateText('2026-02', getIntlLocale('en'))).toBe('February 2026');
  });
  it('refuses what is not a date', () => {
    for (const bad of ['2005-13-01', '2005-02-30', '8 December 2005', '2005']) {
      expect(isValidDateText(bad)).toBe(false);
      expect(() => formatDateText(bad, 'en-GB')).toThrow(/YYYY-MM-DD/);
    }
  });
});

describe('figureEntrySchema', () => {
  it('accepts a figure with its source and defaults the kind', () => {
    expect(figureEntrySchema.parse({ id: 'lm-2025-casualties', value: 6279, source: 'mag-lm-2025' }).kind).toBe('number');
  });
  it('names the field that is wrong', () => {
    const typed = figureEntrySchema.safeParse({ id: 'x', value: '6,279', source: 'mag-lm-2025' });
    expect(typed.success).toBe(false);
    expect(typed.error!.issues[0]!.path).toEqual(['value']);
    expect(typed.error!.issues[0]!.message).toMatch(/plain number/);
    const percent = figureEntrySchema.safeParse({ id: 'x', value: 190, kind: 'percent', source: 'a' });
    expect(percent.error!.issues[0]!.path).toEqual(['value']);
    expect(figureEntrySchema.safeParse({ id: 'x', value: 1 }).error!.issues[0]!.path).toEqual(['source']);
    expect(figureEntrySchema.safeParse({ id: 'x', value: 1, source: 'a', kind: 'share' }).error!.issues[0]!.path).toEqual(['kind']);
  });
});

describe('figureUses and the comparison of a translation with English', () => {
  const body = 'Intro\n<KeyFigure fig="a">x</KeyFigure>\nOn <DateText date="2005-12-08" />, <Fig id="b" /> and <Fig id="a"/>.';
  it('finds every figure and date with its line', () => {
    expect(figureUses(body)).toEqual([
      { kind: 'fig', value: 'a', line: 2 },
      { kind: 'date', value: '2005-12-08', line: 3 },
      { kind: 'fig', value: 'b', line: 3 },
      { kind: 'fig', value: 'a', line: 3 },
    ]);
  });
  it('reports what a translation drops or adds', () => {
    const en = figureKeys(figureUses(body));
    expect(en).toEqual(['date:2005-12-08', 'fig:a', 'fig:b']);
    expect(compareFigureKeys(en, figureKeys(figureUses('<Fig id="a" /> <Fig id="c" /> <DateText date="2005-12-08" />')))).toEqual({ missing: ['fig:b'], extra: ['fig:c'] });
    expect(compareFigureKeys(en, en)).toEqual({ missing: [], extra: [] });
  });
});

describe('quiz placeholders', () => {
  const figures = new Map([['lm-2025-casualties', { value: 6279, kind: 'number' as const }], ['share', { value: 90, kind: 'percent' as const }]]);
  it('expands figures, dates and numbers for the locale', () => {
    const text = 'In 2024, {fig:lm-2025-casualties} casualties, {fig:share} civilians; declared on {date:2005-12-08}; not {num:60000}.';
    expect(expandPlaceholders(text, figures, 'en-GB', 'q.yaml')).toBe('In 2024, 6,279 casualties, 90% civilians; declared on 8 December 2005; not 60,000.');
    expect(expandPlaceholders(text, figures, 'fr', 'q.yaml')).toMatch(/^In 2024, 6\u202f279 casualties, 90[\u00a0\u202f]% civilians; declared on 8 décembre 2005; not 60\u202f000\.$/);
    expect(expandPlaceholders('{date:2005-12-08}', figures, 'zh-Hans', 'q')).toBe('2005年12月8日');
  });
  it('leaves text without placeholders as it is', () => {
    expect(expandPlaceholders('About {half} of {them}', figures, 'en-GB', 'q')).toBe('About {half} of {them}');
  });
  it('fails naming the file, the field and the id of an unknown figure', () => {
    expect(() => expandPlaceholders('{fig:nope}', figures, 'en-GB', 'content/quiz/fr/a.yaml, field "prompt"')).toThrow('content/quiz/fr/a.yaml, field "prompt": {fig:nope}: there is no figure "nope" in content/data/figures.yaml');
    expect(() => expandPlaceholders('{date:2005-02-30}', figures, 'en-GB', 'f')).toThrow(/YYYY-MM-DD/);
    expect(() => expandPlaceholders('{num:6,279}', figures, 'en-GB', 'f')).toThrow(/plain number/);
  });
  it('lists the figures and dates a question uses, with their lines (numbers are not figures)', () => {
    expect(placeholderUses('prompt: {fig:a} and {num:3}\nexplanation: {date:2005-12-08} {fig:a}')).toEqual([
      { kind: 'fig', value: 'a', line: 1 },
      { kind: 'date', value: '2005-12-08', line: 2 },
      { kind: 'fig', value: 'a', line: 2 },
    ]);
  });
});
