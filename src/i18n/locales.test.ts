import { describe, expect, it } from 'vitest';
import { checkLocaleCode } from '../lib/locale-code.ts';
import { astroI18nConfig, DEFAULT_LOCALE, getIntlLocale, getLocaleDir, getLocaleInfo, isLocale, LOCALE_CODES, LOCALES } from './locales.ts';

describe('locale registry', () => {
  it('lists each locale once, with a code npm run i18n:new would accept', () => {
    expect(new Set(LOCALE_CODES).size).toBe(LOCALE_CODES.length);
    for (const code of LOCALE_CODES) {
      expect(Intl.getCanonicalLocales(code)).toEqual([code]);
      expect(checkLocaleCode(code), code).toMatchObject({ ok: true });
    }
  });

  it('ships English as the source, first, with French, and Arabic written right to left', () => {
    expect(DEFAULT_LOCALE).toBe('en');
    expect(LOCALE_CODES[0]).toBe('en');
    expect(LOCALE_CODES).toEqual(expect.arrayContaining(['en', 'fr', 'ar']));
    expect(getLocaleDir('en')).toBe('ltr');
    expect(getLocaleDir('fr')).toBe('ltr');
    expect(getLocaleDir('ar')).toBe('rtl');
    expect(getLocaleInfo('ar').nativeName).toBe('العربية');
  });

  it('recognises only registered locales', () => {
    expect(isLocale('fr')).toBe(true);
    for (const value of ['xx', 'FR', '', 'en/', undefined, null, 42, '__proto__']) expect(isLocale(value)).toBe(false);
  });

  it("derives Astro's i18n config, with every locale under its own prefix", () => {
    expect(astroI18nConfig()).toEqual({
      locales: [...LOCALE_CODES],
      defaultLocale: 'en',
      routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
    });
  });

  it('formats Arabic numbers with Western digits, as UN Arabic documents do', () => {
    expect(new Intl.NumberFormat(getIntlLocale('ar')).format(6279)).toBe('6,279');
    expect(new Intl.NumberFormat(getIntlLocale('fr')).format(6279)).toBe('6\u202f279');
  });

  it('gives every locale a native name distinct from the others', () => {
    expect(new Set(LOCALES.map((l) => l.nativeName)).size).toBe(LOCALES.length);
  });
});
